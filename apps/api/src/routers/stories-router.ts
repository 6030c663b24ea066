// Stories for the public feed: written by cadres or the province, published by reviewers.
import {
  ZAddCommentInput,
  ZCommentThreadInput,
  ZId,
  ZSaveStoryInput,
  ZStoryActionInput,
} from '@lantoa/domain';
import { z } from 'zod';
import { changeStoryStatus } from '../services/change-story-status.js';
import { addComment } from '../services/comments/add-comment.js';
import { listComments } from '../services/comments/list-comments.js';
import { getStory } from '../services/get-story.js';
import { listStories } from '../services/list-stories.js';
import { cursorOf, ZIdKey, ZPageLimit, ZTimestampKey } from '../services/paging/page-cursor.js';
import { saveStory } from '../services/save-story.js';
import { procedureFor, router } from '../trpc.js';

const ZStoriesQuery = z.object({
  status: z.enum(['draft', 'review', 'published']).optional(),
  unitId: ZId.optional(),
  cursor: cursorOf(z.tuple([ZTimestampKey, ZIdKey])).optional(),
  limit: ZPageLimit,
});

export const storiesRouter = router({
  list: procedureFor('story.read')
    .input(ZStoriesQuery.optional())
    .query(({ ctx, input }) =>
      listStories(ctx.db, ctx.scope, {
        status: input?.status,
        unitId: input?.unitId,
        after: input?.cursor,
        limit: input?.limit ?? 50,
      }),
    ),
  get: procedureFor('story.read')
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => getStory(ctx.db, ctx.scope, input.id)),
  save: procedureFor('story.save')
    .input(ZSaveStoryInput)
    .mutation(async ({ ctx, input }) => {
      const story = await saveStory(ctx.db, ctx.user, ctx.scope, input);
      if (story.status === 'published') ctx.onFactsChanged([story.unitId]);
      return story;
    }),
  // A returned story needs a comment: the input schema says so, in both languages.
  act: procedureFor('story.submit', 'story.publish', 'story.return', 'story.unpublish')
    .input(ZStoryActionInput)
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
