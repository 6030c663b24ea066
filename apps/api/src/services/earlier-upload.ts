// An upload sent again under the key of one already stored (a phone's queue resending after
// its answer was lost, or a cadre's second tap): answered as the first one was, with the
// version that upload made, so the file is never attached twice (decision 34, amended).
import type { Bilingual } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { toFileDto } from './evidence-file.js';

export const REPORT_FILES = {
  files: 'report_files',
  parentTable: 'reports',
  parent: 'report_id',
  readAction: 'report.read',
} as const;
export const PUBLICATION_FILES = {
  files: 'publication_files',
  parentTable: 'publications',
  parent: 'publication_id',
  readAction: 'unit.read',
} as const;

/** The file this user sent under this key to this report or publication, with the version its
 *  upload made; null without a key or when there is none. The parent row is locked first, so
 *  two sends of one upload at once are taken one after the other and the second finds the
 *  first's file. The caller must still be able to read the parent. */
export async function earlierUpload(
  trx: Kysely<Database>,
  scope: Scope,
  files: typeof REPORT_FILES | typeof PUBLICATION_FILES,
  on: { parentId: string; key: string | undefined; notFound: Bilingual },
) {
  if (!on.key) return null;
  // Both pairs of tables have these columns; Kysely cannot type a union of table names.
  const db = trx as unknown as Kysely<Pick<Database, 'report_files' | 'reports'>>;
  const parent = await db
    .selectFrom(files.parentTable as 'reports')
    .select('unit_id')
    .where('id', '=', on.parentId)
    .forUpdate()
    .executeTakeFirst();
  if (!parent) return null;
  const row = await db
    .selectFrom(files.files as 'report_files')
    .select(['id', 'file_name', 'content_type', 'size_bytes', 'upload_version'])
    .where(files.parent as 'report_id', '=', on.parentId)
    .where('upload_key', '=', on.key)
    .where('uploaded_by', '=', scope.user.id)
    .executeTakeFirst();
  if (!row) return null;
  await authorize(trx, scope, {
    action: files.readAction,
    unitId: parent.unit_id,
    notFound: on.notFound,
  });
  return { file: toFileDto(row), version: row.upload_version as number };
}
