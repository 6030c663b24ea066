// The stories list as an infinite query: the route's loader waits for the first page;
// "Tải thêm" asks for the next cursor. Filters are part of the key, so each has its own pages.
import { trpc } from '../../lib/api';

export interface StoriesFilter {
  status?: 'draft' | 'review' | 'published' | undefined;
}

export const STORIES_PAGE = 20;

export const storyPages = (filter: StoriesFilter) =>
  trpc.stories.list.infiniteQueryOptions(
    { ...filter, limit: STORIES_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
