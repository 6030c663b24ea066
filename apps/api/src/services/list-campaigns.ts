// The province's campaigns and Central's (decision 20), newest first.
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';

/** A few campaigns a year; the cap only bounds the answer. */
const MAX_CAMPAIGNS = 500;

export function listCampaigns(db: Kysely<Database>, scope: Scope) {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where(ownedInScope('campaign.read', scope, sql.ref('province_id'), { isCentralShared: true }))
    .orderBy('starts_on', 'desc')
    .limit(MAX_CAMPAIGNS)
    .execute();
}
