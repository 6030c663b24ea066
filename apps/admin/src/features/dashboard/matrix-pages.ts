// The matrix level as an infinite query: the first page (the level's roll-ups and its first
// children) is what the route's loader waits for; "load more" asks for the next cursor.
// The tRPC proxy is passed in, not imported: the route's loader is part of the first chunk,
// and importing lib/api here put the whole tRPC client on the sign-in page (issue 14).
import type { trpc as Trpc } from '../../lib/api';
import { defaultYear } from '../../lib/search';

export interface MatrixLevel {
  year: number;
  rootId?: string | undefined;
  asOf?: string | undefined;
}

export const matrixPages = (trpc: typeof Trpc, level: MatrixLevel) =>
  trpc.compliance.matrix.infiniteQueryOptions(level, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The level the dashboard opens on, from its URL: its loader's deps and the early batch's
 *  input (lib/first-screen.ts), one function so the two cannot drift apart. */
export const dashboardLevel = (search: {
  year?: number | undefined;
  root?: string | undefined;
  asOf?: string | undefined;
}): MatrixLevel => ({
  year: search.year ?? defaultYear(search.asOf),
  rootId: search.root,
  asOf: search.asOf,
});
