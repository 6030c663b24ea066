// The stories list as an infinite query: the route's loader waits for the first page;
// "Tải thêm" asks for the next cursor. Filters are part of the key, so each has its own pages.
// The tRPC proxy is passed in, not imported, so that the route's loader does not put the
// tRPC client in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export interface StoriesFilter {
  status?: 'draft' | 'review' | 'published' | undefined;
}

export const STORIES_PAGE = 20;

export const storyPages = (trpc: typeof Trpc, filter: StoriesFilter) =>
  trpc.stories.list.infiniteQueryOptions(
    { ...filter, limit: STORIES_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
