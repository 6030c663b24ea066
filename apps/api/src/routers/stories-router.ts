// Stories for the public feed: written by cadres or the province, published by reviewers.
import {
  ZAddCommentInput,
  ZCommentThreadInput,
  ZId,
  ZSaveStoryInput,
  ZStoryActInput,
} from '@lantoa/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { unitInScope } from '../access/unit-scope.js';
import { notFound } from '../errors.js';
import { changeStoryStatus } from '../services/change-story-status.js';
import { addComment } from '../services/comments/add-comment.js';
import { listComments } from '../services/comments/list-comments.js';
import { saveStory } from '../services/save-story.js';
import { toStoryDto } from '../services/story-dto.js';
import { procedureFor, router } from '../trpc.js';

export const storiesRouter = router({
  list: procedureFor('story.read')
    .input(
      z
        .object({
          status: z.enum(['draft', 'review', 'published']).optional(),
          unitId: ZId.optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      // Scope in the query, before the limit: filtering after it lost stories in reach.
      let query = ctx.db
        .selectFrom('stories')
        .selectAll()
        .where(unitInScope('story.read', ctx.user, sql.ref('stories.unit_id'), ctx.today))
        .orderBy('updated_at', 'desc')
        .limit(500);
      if (input?.status) query = query.where('status', '=', input.status);
      if (input?.unitId) query = query.where('unit_id', '=', input.unitId);
      const rows = await query.execute();
      return rows.map(toStoryDto);
    }),
  get: procedureFor('story.read')
    .input(z.object({ id: ZId }))
    .query(async ({ ctx, input }) => {
      const row = await ctx.db
        .selectFrom('stories')
        .selectAll()
        .where('id', '=', input.id)
        .where(unitInScope('story.read', ctx.user, sql.ref('stories.unit_id'), ctx.today))
        .executeTakeFirst();
      if (!row) throw notFound({ vi: 'Không tìm thấy bài viết', en: 'Story not found' });
      return toStoryDto(row);
    }),
  save: procedureFor('story.save')
    .input(ZSaveStoryInput)
    .mutation(async ({ ctx, input }) => {
      const story = await saveStory(ctx.db, ctx.user, ctx.scope, input);
      if (story.status === 'published') ctx.onFactsChanged([story.unitId]);
      return story;
    }),
  act: procedureFor('story.submit', 'story.publish', 'story.return', 'story.unpublish')
    .input(
      // A returned story must tell its author what to change, as returned reports do.
      ZStoryActInput,
    )
    .mutation(async ({ ctx, input }) => {
      const story = await changeStoryStatus(ctx.db, ctx.user, ctx.scope, input, ctx.now);
      ctx.onFactsChanged([story.unitId]);
      return story;
    }),
  comments: procedureFor('story.read')
    .input(ZCommentThreadInput)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.scope, 'story', input.id)),
  comment: procedureFor('story.comment')
    .input(ZAddCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.scope, 'story', input, ctx.now)),
});
