// A report's or story's comment thread, oldest first, with each author's name. Read with
// the same scope as the record itself: a thread out of reach is NOT_FOUND, as the record is.
import type { CommentSubject } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import { unitInScope } from '../../access/unit-scope.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';

export const SUBJECT_NOT_FOUND = {
  report: { vi: 'Không tìm thấy báo cáo', en: 'Report not found' },
  story: { vi: 'Không tìm thấy bài viết', en: 'Story not found' },
} as const;

export interface CommentDto {
  id: string;
  authorId: string | null;
  authorName: string | null;
  action: Database['comments']['action'];
  body: string;
  createdAt: string;
}

/** The record's unit and state, when the caller may read it; else NOT_FOUND. */
export async function readableSubject(
  db: Kysely<Database>,
  scope: Pick<Scope, 'user' | 'today'>,
  subject: CommentSubject,
  id: string,
) {
  const table = subject === 'report' ? 'reports' : 'stories';
  const row = await db
    .selectFrom(table)
    .select(['unit_id', 'status'])
    .where('id', '=', id)
    .where(unitInScope(`${subject}.read`, scope.user, sql.ref(`${table}.unit_id`), scope.today))
    .executeTakeFirst();
  if (!row) throw notFound(SUBJECT_NOT_FOUND[subject]);
  return row;
}

export async function listComments(
  db: Kysely<Database>,
  scope: Pick<Scope, 'user' | 'today'>,
  subject: CommentSubject,
  id: string,
): Promise<CommentDto[]> {
  await readableSubject(db, scope, subject, id);
  const rows = await db
    .selectFrom('comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.author_id', 'u.name', 'c.action', 'c.body', 'c.created_at'])
    .where('c.subject', '=', subject)
    .where('c.subject_id', '=', id)
    .orderBy('c.created_at')
    .orderBy('c.seq')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    authorName: r.name,
    action: r.action,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
