// An uploaded official list → a reorganisation draft, checked against the tree of its
// date. Nothing is written: the draft goes through the same preview and apply as one
// built by hand, and is offered only when every row is sound.
import { type IsoDate, reorganisationFromRows } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { keepReadable, type Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { getHierarchy } from './get-hierarchy.js';
import { readImportFile } from './read-import-file.js';

export interface ImportInput {
  effectiveOn: IsoDate;
  title: string;
  fileName: string;
  /** The file: base64 from tRPC (small lists), the raw body from the upload route. */
  content: string | Buffer;
}

export async function importReorganisation(
  db: Kysely<Database>,
  readable: Readable,
  input: ImportInput,
) {
  const data =
    typeof input.content === 'string' ? Buffer.from(input.content, 'base64') : input.content;
  const file = await readImportFile(input.fileName, data);
  if (!file.ok) return file;
  const [tree, codes] = await Promise.all([
    getHierarchy(db, input.effectiveOn),
    db.selectFrom('units').select('code').execute(),
  ]);
  return reorganisationFromRows(
    file.rows,
    await keepReadable(readable, tree),
    { effectiveOn: input.effectiveOn, title: input.title },
    codes.map((c) => c.code),
  );
}
