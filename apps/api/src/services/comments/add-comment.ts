// "Add a comment": a plain entry in a report's or story's thread, by someone the policy
// lets comment there (`report.comment`, `story.comment`), audited in the same transaction.
import type { AddCommentInput, CommentSubject } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../../access/authorize.js';
import type { Scope } from '../../access/get-scope.js';
import type { Database } from '../../db/schema.js';
import { appendAuditEvent } from '../append-audit-event.js';
import { appendComment } from './append-comment.js';
import { listComments, readableSubject, SUBJECT_NOT_FOUND } from './list-comments.js';

export async function addComment(
  db: Kysely<Database>,
  scope: Scope,
  subject: CommentSubject,
  input: AddCommentInput,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const record = await readableSubject(trx, scope, subject, input.id);
    await authorize(trx, scope, {
      action: `${subject}.comment`,
      unitId: record.unit_id,
      notFound: SUBJECT_NOT_FOUND[subject],
    });
    const { id } = await appendComment(
      trx,
      {
        subject,
        subjectId: input.id,
        unitId: record.unit_id,
        authorId: scope.user.id,
        action: 'comment',
        body: input.body,
      },
      now,
    );
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: `${subject}.comment`,
      entity: subject,
      entityId: input.id,
      unitId: record.unit_id,
      after: { commentId: id, body: input.body },
    });
  });
  return listComments(db, scope, subject, input.id);
}
