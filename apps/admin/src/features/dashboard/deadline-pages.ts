// What is due, from the server a page at a time (overdue first): the dashboard's first few,
// and the deadlines page as an infinite query whose filters (unit, indicator) are applied by
// the server, so a long subtree's calendar never comes whole.
import type { INDICATOR_CODES } from '@lantoa/domain';
// The tRPC proxy is passed in, not imported: route loaders are part of the first chunk, and
// importing lib/api here would put the whole tRPC client on the sign-in page (issue 14).
import type { trpc as Trpc } from '../../lib/api';

interface Subtree {
  rootId?: string | undefined;
  asOf?: string | undefined;
}

/** The dashboard shows the first eight, and how many there are in all. */
export const dashboardDeadlinesInput = (subtree: Subtree) => ({
  rootId: subtree.rootId,
  asOf: subtree.asOf,
  horizonDays: 30,
  limit: 8,
});

export const dashboardDeadlines = (trpc: typeof Trpc, subtree: Subtree) =>
  trpc.compliance.deadlines.queryOptions(dashboardDeadlinesInput(subtree));

export interface DeadlinesFilter extends Subtree {
  unitId?: string | undefined;
  indicator?: (typeof INDICATOR_CODES)[number] | undefined;
}

export const deadlinePages = (trpc: typeof Trpc, filter: DeadlinesFilter) =>
  trpc.compliance.deadlines.infiniteQueryOptions(
    { ...filter, horizonDays: 60, limit: 50 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
