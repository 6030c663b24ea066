// What is due, from the server a page at a time (overdue first): the dashboard's first few,
// and the deadlines page as an infinite query whose filters (unit, indicator) are applied by
// the server, so a long subtree's calendar never comes whole.
import type { INDICATOR_CODES } from '@lantoa/domain';
import { trpc } from '../../lib/api';

interface Subtree {
  rootId?: string | undefined;
  asOf?: string | undefined;
}

/** The dashboard shows the first eight, and how many there are in all. */
export const dashboardDeadlines = (subtree: Subtree) =>
  trpc.compliance.deadlines.queryOptions({ ...subtree, horizonDays: 30, limit: 8 });

export interface DeadlinesFilter extends Subtree {
  unitId?: string | undefined;
  indicator?: (typeof INDICATOR_CODES)[number] | undefined;
}

export const deadlinePages = (filter: DeadlinesFilter) =>
  trpc.compliance.deadlines.infiniteQueryOptions(
    { ...filter, horizonDays: 60, limit: 50 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
