// The accounts list as an infinite query (decision 33): the route's loader waits for the
// first page; "Tải thêm" asks for the next cursor; the search goes to the server. The tRPC
// proxy is passed in, not imported: the route's loader is in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export interface UsersFilter {
  search?: string | undefined;
}

export const USERS_PAGE = 50;

export const userPages = (trpc: typeof Trpc, filter: UsersFilter) =>
  trpc.users.list.infiniteQueryOptions(
    { ...filter, limit: USERS_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
