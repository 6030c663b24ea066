// Stories ("Người tốt việc thiện", human-interest, transparency reports). Bodies are
// sanitised on save with the same allow-list the public feed uses, so what is stored is
// already safe. Cadres write for their own units while a story is a draft; reviewers and
// administrators edit any story in any state.
import { randomBytes } from 'node:crypto';
import { foldVietnamese, msg, STORY_BODY_MAX, type ZSaveStoryInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { safeImageUrl, sanitizeStoryHtml } from '../sanitize/sanitize-story-html.js';
import { appendAuditEvent } from './append-audit-event.js';
import { type StoryRow, toStoryDto } from './story-dto.js';

type Input = z.output<typeof ZSaveStoryInput>;
const STORY_NOT_FOUND = { vi: 'Không tìm thấy bài viết', en: 'Story not found' };

/** The policy's `story.save` on this unit, for a story in this status (null: a new one). */
const assertCanWriteStory = (
  db: Kysely<Database>,
  scope: Scope,
  unitId: string,
  status: StoryRow['status'] | null,
) =>
  authorize(db, scope, {
    action: 'story.save',
    unitId,
    state: status ?? 'new',
    notFound: status ? STORY_NOT_FOUND : undefined,
    wrongState: {
      vi: 'Bài đang chờ duyệt hoặc đã đăng: chỉ người duyệt được sửa',
      en: 'Only a reviewer can edit a story under review or published',
    },
  });

const slugOf = (title: string) =>
  `${foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}-${randomBytes(3).toString('hex')}`;

/**
 * The body as stored. Sanitising can lengthen text (each & becomes &amp;, each stray < an
 * &lt;), so the input limit alone does not bound what is stored: the sanitised body is held
 * to the same limit and refused, never cut, when it is longer (cutting could end mid-tag).
 */
function storedBody(bodyHtml: string): string {
  const body = sanitizeStoryHtml(bodyHtml);
  if (body.length > STORY_BODY_MAX) {
    throw badRequest(
      {
        vi: 'Nội dung bài viết quá dài (tối đa 100.000 ký tự sau khi làm sạch HTML)',
        en: 'The story body is too long (at most 100,000 characters once its HTML is cleaned)',
      },
      { fieldErrors: { bodyHtml: [msg('storyBodyLong')] } },
    );
  }
  return body;
}

export async function saveStory(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: Input,
) {
  const values = {
    unit_id: input.unitId,
    title: input.title,
    summary: input.summary,
    body_html: storedBody(input.bodyHtml),
    cover_image_url: safeImageUrl(input.coverImageUrl),
    tags: JSON.stringify(input.tags),
  };
  return db.transaction().execute(async (trx) => {
    if (input.id === null) {
      await assertCanWriteStory(trx, scope, input.unitId, null);
      const created = await trx
        .insertInto('stories')
        .values({
          ...values,
          slug: slugOf(input.title),
          status: 'draft',
          author_id: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, {
        actorId: actor.id,
        action: 'story.create',
        entity: 'story',
        entityId: created.id,
        unitId: created.unit_id,
        after: toStoryDto(created),
      });
      return toStoryDto(created);
    }
    const before = await trx
      .selectFrom('stories')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound(STORY_NOT_FOUND);
    await assertCanWriteStory(trx, scope, before.unit_id, before.status);
    await assertCanWriteStory(trx, scope, input.unitId, before.status);
    if (before.version !== input.version) throw conflict(toStoryDto(before));
    const after = await trx
      .updateTable('stories')
      .set((eb) => ({
        ...values,
        updated_by: actor.id,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'story.update',
      entity: 'story',
      entityId: after.id,
      unitId: after.unit_id,
      before: toStoryDto(before),
      after: toStoryDto(after),
    });
    return toStoryDto(after);
  });
}
