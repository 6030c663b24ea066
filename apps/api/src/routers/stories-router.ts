// Stories for the public feed: written by cadres or the province, published by reviewers.
import { ZId, ZSafeText, ZSaveStoryInput, ZStoryActionInput } from '@lantoa/domain';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { changeStoryStatus } from '../services/change-story-status.js';
import { saveStory } from '../services/save-story.js';
import { toStoryDto } from '../services/story-dto.js';
import { router, scopedProcedure } from '../trpc.js';

export const storiesRouter = router({
  list: scopedProcedure()
    .input(
      z
        .object({
          status: z.enum(['draft', 'review', 'published']).optional(),
          unitId: ZId.optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      let query = ctx.db.selectFrom('stories').selectAll().orderBy('updated_at', 'desc').limit(500);
      if (input?.status) query = query.where('status', '=', input.status);
      if (input?.unitId) query = query.where('unit_id', '=', input.unitId);
      const rows = await query.execute();
      return rows.filter((r) => ctx.isVisible(r.unit_id)).map(toStoryDto);
    }),
  get: scopedProcedure()
    .input(z.object({ id: ZId }))
    .query(async ({ ctx, input }) => {
      const row = await ctx.db
        .selectFrom('stories')
        .selectAll()
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!row || !ctx.isVisible(row.unit_id))
        throw notFound({ vi: 'Không tìm thấy bài viết', en: 'Story not found' });
      return toStoryDto(row);
    }),
  save: scopedProcedure('admin', 'reviewer', 'cadre')
    .input(ZSaveStoryInput)
    .mutation(async ({ ctx, input }) => {
      const story = await saveStory(ctx.db, ctx.user, ctx.scope, input);
      if (story.status === 'published') ctx.onFactsChanged([story.unitId]);
      return story;
    }),
  act: scopedProcedure('admin', 'reviewer', 'cadre')
    .input(
      ZStoryActionInput.extend({ comment: ZSafeText.trim().max(2000).optional() }).refine(
        // A returned story must tell its author what to change, as returned reports do.
        (input) => input.action !== 'return' || Boolean(input.comment),
        { message: 'Vui lòng ghi nhận xét khi trả lại bài viết.', path: ['comment'] },
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const story = await changeStoryStatus(ctx.db, ctx.user, ctx.scope, input);
      ctx.onFactsChanged([story.unitId]);
      return story;
    }),
});
