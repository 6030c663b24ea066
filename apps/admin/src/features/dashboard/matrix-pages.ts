// The matrix level as an infinite query: the first page (the level's roll-ups and its first
// children) is what the route's loader waits for; "load more" asks for the next cursor.
import { trpc } from '../../lib/api';

export interface MatrixLevel {
  year: number;
  rootId?: string | undefined;
  asOf?: string | undefined;
}

export const matrixPages = (level: MatrixLevel) =>
  trpc.compliance.matrix.infiniteQueryOptions(level, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
