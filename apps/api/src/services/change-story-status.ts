// Moves a story through draft → review → published. Cadres send their drafts for review;
// reviewers publish, return (with a note) or unpublish. A comment joins the story's thread. Published stories feed the widget.
import { STORY_TRANSITIONS, type ZStoryActionInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { refusalOf } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { appendComment } from './comments/append-comment.js';
import { notifyReturned } from './notify-returned.js';
import { toStoryDto } from './story-dto.js';

type Input = z.output<typeof ZStoryActionInput> & { comment?: string };

const STORY_NOT_FOUND = { vi: 'Không tìm thấy bài viết', en: 'Story not found' };
const WRONG_STATE = {
  vi: 'Trạng thái bài viết không cho phép thao tác này',
  en: "The story's status does not allow this",
};

export async function changeStoryStatus(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: Input,
  now: Date = new Date(),
) {
  const action = `story.${input.action}` as const;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('stories')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound(STORY_NOT_FOUND);
    const refusal = await refusalOf(trx, scope, {
      action,
      unitId: before.unit_id,
      state: before.status,
      authorId: before.author_id,
      lastEditorId: before.updated_by,
      notFound: STORY_NOT_FOUND,
      wrongState: WRONG_STATE,
    });
    if (refusal && refusal.code !== 'CONFLICT') throw refusal;
    if (before.version !== input.version) throw conflict(toStoryDto(before));
    if (refusal) throw refusal;
    const to = STORY_TRANSITIONS[action];
    const after = await trx
      .updateTable('stories')
      .set((eb) => ({
        status: to,
        published_at: to === 'published' ? new Date() : before.published_at,
        review_comment: input.action === 'return' ? (input.comment ?? null) : before.review_comment,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: `story.${input.action}`,
      entity: 'story',
      entityId: after.id,
      unitId: after.unit_id,
      before: { status: before.status },
      after: { status: after.status },
    });
    if (input.comment) {
      const entry = {
        subject: 'story' as const,
        subjectId: after.id,
        unitId: after.unit_id,
        authorId: actor.id,
        action: input.action,
        body: input.comment,
      };
      await appendComment(trx, entry, now);
    }
    if (input.action === 'return') {
      await notifyReturned(
        trx,
        {
          subject: 'story',
          id: after.id,
          version: after.version,
          unitId: after.unit_id,
          authorId: after.author_id,
          what: { vi: `Bài viết «${after.title}»`, en: `Story “${after.title}”` },
          comment: after.review_comment ?? '',
          link: `/stories/${after.id}`,
        },
        now,
      );
    }
    return toStoryDto(after);
  });
}
