// Appends one entry to a report's or story's thread, inside the caller's transaction: the
// comment exists exactly when the review, return, approval or publication it came with.
import type { CommentAction, CommentSubject } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface NewComment {
  subject: CommentSubject;
  subjectId: string;
  unitId: string;
  authorId: string;
  action: CommentAction;
  body: string;
}

export async function appendComment(trx: Kysely<Database>, c: NewComment, now: Date) {
  return trx
    .insertInto('comments')
    .values({
      subject: c.subject,
      subject_id: c.subjectId,
      unit_id: c.unitId,
      author_id: c.authorId,
      action: c.action,
      body: c.body,
      created_at: now,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}
