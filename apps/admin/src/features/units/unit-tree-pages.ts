// The units page's queries (decision 38): the top of the tree (the provinces in reach), a
// unit's children a page at a time, and a search on the server; never the whole tree. The
// tRPC proxy is passed in, not imported: the route's loader is in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export const UNIT_LEVEL_PAGE = 50;

export const provincePages = (trpc: typeof Trpc, asOf: string | undefined) =>
  trpc.units.provinces.infiniteQueryOptions(
    { asOf, limit: UNIT_LEVEL_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );

export const childPages = (trpc: typeof Trpc, parentId: string, asOf: string | undefined) =>
  trpc.units.children.infiniteQueryOptions(
    { parentId, asOf, limit: UNIT_LEVEL_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );

export const unitSearchPages = (trpc: typeof Trpc, search: string, asOf: string | undefined) =>
  trpc.units.search.infiniteQueryOptions(
    { search, asOf, limit: 50 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
