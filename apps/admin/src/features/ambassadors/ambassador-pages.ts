// The ambassadors list as an infinite query (decision 33): the field and status filters go
// to the server, so each filter has its own pages. The tRPC proxy is passed in, not
// imported: the route's loader is in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

// Literal lists, not the domain's: importing those would put zod in the first chunk.
export const AMBASSADOR_FIELD_VALUES = [
  'singer',
  'actor',
  'athlete',
  'creator',
  'journalist',
  'other',
] as const;
export const AMBASSADOR_STATUS_VALUES = ['invited', 'active', 'paused', 'ended'] as const;

export interface AmbassadorsFilter {
  field?: (typeof AMBASSADOR_FIELD_VALUES)[number] | undefined;
  status?: (typeof AMBASSADOR_STATUS_VALUES)[number] | undefined;
}

export const AMBASSADORS_PAGE = 50;

export const ambassadorPages = (trpc: typeof Trpc, filter: AmbassadorsFilter) =>
  trpc.ambassadors.list.infiniteQueryOptions(
    { ...filter, limit: AMBASSADORS_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
