// The matrix level as an infinite query: the first page (the level's roll-ups and its first
// children) is what the route's loader waits for; "load more" asks for the next cursor.
// The tRPC proxy is passed in, not imported: the route's loader is part of the first chunk,
// and importing lib/api here put the whole tRPC client on the sign-in page (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export interface MatrixLevel {
  year: number;
  rootId?: string | undefined;
  asOf?: string | undefined;
}

export const matrixPages = (trpc: typeof Trpc, level: MatrixLevel) =>
  trpc.compliance.matrix.infiniteQueryOptions(level, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
