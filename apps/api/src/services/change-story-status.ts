// Moves a story through draft → review → published. Cadres send their drafts for review;
// reviewers publish, return (with a note) or unpublish. Published stories feed the widget.
import type { ZStoryActionInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, conflict, forbidden, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import type { Scope } from './get-scope.js';
import { assertCanWriteStory } from './save-story.js';
import { type StoryRow, toStoryDto } from './story-dto.js';

type Input = z.output<typeof ZStoryActionInput> & { comment?: string };
type Status = StoryRow['status'];

const TRANSITIONS: Record<Input['action'], { from: Status[]; to: Status; editorsOnly: boolean }> = {
  submit: { from: ['draft'], to: 'review', editorsOnly: false },
  publish: { from: ['draft', 'review'], to: 'published', editorsOnly: true },
  return: { from: ['review'], to: 'draft', editorsOnly: true },
  unpublish: { from: ['published'], to: 'draft', editorsOnly: true },
};

export async function changeStoryStatus(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: Input,
) {
  const rule = TRANSITIONS[input.action];
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('stories')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before || !scope.unitIds.has(before.unit_id))
      throw notFound({ vi: 'Không tìm thấy bài viết', en: 'Story not found' });
    if (rule.editorsOnly && actor.role !== 'admin' && actor.role !== 'reviewer') throw forbidden();
    if (!rule.editorsOnly) assertCanWriteStory(actor, scope, before.unit_id, before.status);
    if (before.version !== input.version) throw conflict(toStoryDto(before));
    if (!rule.from.includes(before.status)) {
      throw new AppError('CONFLICT', {
        vi: 'Trạng thái bài viết không cho phép thao tác này',
        en: "The story's status does not allow this",
      });
    }
    const after = await trx
      .updateTable('stories')
      .set((eb) => ({
        status: rule.to,
        published_at: rule.to === 'published' ? new Date() : before.published_at,
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
    return toStoryDto(after);
  });
}
