// Campaigns from the server a page at a time (decision 33): the campaigns screen as an
// infinite query, and the record form's picker as one short page, searched by title on the
// server. The unit page's loader waits for the picker's first page, which is kept for
// offline use (offline/snapshots.ts). The tRPC proxy is passed in, not imported: route
// loaders are in the first chunk (issue 14).
import type { trpc as Trpc } from '../../lib/api';

export const CAMPAIGNS_PAGE = 50;
/** The picker shows the newest few; older ones are found by typing part of the title. */
export const CAMPAIGN_CHOICES = 20;

export const campaignPages = (trpc: typeof Trpc) =>
  trpc.records.campaigns.infiniteQueryOptions(
    { limit: CAMPAIGNS_PAGE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );

export const campaignChoicesInput = (search: string) =>
  search ? { search, limit: CAMPAIGN_CHOICES } : { limit: CAMPAIGN_CHOICES };

export const campaignChoices = (trpc: typeof Trpc, search: string) =>
  trpc.records.campaigns.queryOptions(campaignChoicesInput(search));
