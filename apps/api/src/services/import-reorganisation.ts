// An uploaded official list → a reorganisation draft, checked against the tree of its
// date. Nothing is written: the draft goes through the same preview and apply as one
// built by hand, and is offered only when every row is sound.
import { type IsoDate, reorganisationFromRows } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { getHierarchy } from './get-hierarchy.js';
import { readImportFile } from './read-import-file.js';

export interface ImportInput {
  effectiveOn: IsoDate;
  title: string;
  fileName: string;
  contentBase64: string;
}

export async function importReorganisation(
  db: Kysely<Database>,
  visible: (unitId: string) => boolean,
  input: ImportInput,
) {
  const file = await readImportFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  if (!file.ok) return file;
  const [tree, codes] = await Promise.all([
    getHierarchy(db, input.effectiveOn),
    db.selectFrom('units').select('code').execute(),
  ]);
  return reorganisationFromRows(
    file.rows,
    tree.filter((u) => visible(u.id)),
    { effectiveOn: input.effectiveOn, title: input.title },
    codes.map((c) => c.code),
  );
}
