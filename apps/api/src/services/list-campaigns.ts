// A page of the province's campaigns and Central's (decision 20), newest first. Scope and
// the search are part of the query, before the limit (decision 33); keyset order
// (starts_on, id) descending, so campaigns starting the same day each appear once.
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { pageOf } from './paging/page-cursor.js';
import { containsText } from './paging/text-search.js';

export interface CampaignsQuery {
  /** Part of a title: the record form's campaign picker searches with it. */
  search?: string | undefined;
  /** The previous page's last campaign: its first day and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function listCampaigns(db: Kysely<Database>, scope: Scope, query: CampaignsQuery) {
  const { search, after, limit } = query;
  const rows = await db
    .selectFrom('campaigns')
    .selectAll()
    .where(ownedInScope('campaign.read', scope, sql.ref('province_id'), { isCentralShared: true }))
    .$if(search !== undefined, (qb) => qb.where(containsText([sql.ref('title')], search as string)))
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(starts_on, id) < (${after?.[0]}::date, ${after?.[1]}::uuid)`),
    )
    .orderBy('starts_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  return pageOf(rows, limit, (r) => ['campaigns', String(r.starts_on), r.id]);
}
