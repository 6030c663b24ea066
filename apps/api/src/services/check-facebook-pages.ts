// The daily check of every connected Facebook page (decision 29): run by the scheduler on
// every tick, it claims the pages due, reads each from Graph (name, category, verification,
// followers, posts in the activity window) and records what it found, dated by the Vietnam
// day: at most one successful check per page and day, whatever the number of replicas.
// Failures are recorded too: an expired token asks for a new one, a rate limit or a network
// failure backs off and retries, a deleted page is tried again the next day.
import { addDays, DEFAULT_RULES, todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type FacebookAccess, vietnamMidnight } from '../facebook/facebook-access.js';
import type { GraphFailure } from '../facebook/graph-api.js';
import {
  type ClaimedConnection,
  claimFacebookChecks,
  nextDailyCheck,
} from './claim-facebook-checks.js';

export interface CheckRun {
  now: Date;
  /** Called with a unit whose facts a new check changed (public caches). */
  onFactsChanged?: (unitIds: string[]) => void;
  batchSize?: number;
}

const MINUTE = 60_000;
/** Retryable failures wait 15 minutes, doubling, at most 6 hours. */
const backoffMs = (retries: number) => Math.min(15 * MINUTE * 2 ** retries, 6 * 60 * MINUTE);

/** Checks every page due now, a batch at a time; returns how many were checked. */
export async function checkFacebookPages(
  db: Kysely<Database>,
  facebook: FacebookAccess,
  run: CheckRun,
): Promise<number> {
  const { cipher } = facebook;
  if (!cipher) return 0;
  let total = 0;
  for (;;) {
    const claimed = await claimFacebookChecks(db, run.now, run.batchSize ?? 10);
    for (const connection of claimed) await checkOne(db, facebook, connection, run);
    total += claimed.length;
    if (claimed.length === 0) return total;
  }
}

async function checkOne(
  db: Kysely<Database>,
  facebook: FacebookAccess,
  connection: ClaimedConnection,
  run: CheckRun,
): Promise<void> {
  const sealed = { ciphertext: connection.token_ciphertext, keyId: connection.token_key_id };
  const token = facebook.cipher?.open(sealed, connection.facebook_page_id);
  if (!token) {
    const message = 'the stored token cannot be decrypted with the configured key';
    return recordFailure(db, connection, run.now, {
      kind: 'token_unreadable',
      code: null,
      message,
    });
  }
  const today = todayInVietnam(run.now);
  const windowDays = DEFAULT_RULES.facebookWindowDays;
  const page = await facebook.graph.page(token, connection.graph_page_id);
  if (!page.ok) return recordFailure(db, connection, run.now, page.failure);
  const since = vietnamMidnight(addDays(today, -windowDays));
  const posts = await facebook.graph.postActivity(token, page.value.id, since, run.now);
  if (!posts.ok) return recordFailure(db, connection, run.now, posts.failure);
  const lastPostAt = posts.value.lastPostAt;
  const inserted = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('facebook_page_checks')
      .values({
        facebook_page_id: connection.facebook_page_id,
        unit_id: connection.unit_id,
        checked_on: today,
        checked_at: run.now,
        outcome: 'ok',
        graph_page_id: page.value.id,
        name: page.value.name,
        category: page.value.category,
        verification_status: page.value.verificationStatus,
        follower_count: page.value.followerCount,
        window_days: windowDays,
        recent_post_count: posts.value.count,
        last_post_on: lastPostAt ? todayInVietnam(new Date(lastPostAt)) : null,
      })
      // Another process that held an expired lease may have recorded today's already.
      .onConflict((oc) =>
        oc.columns(['facebook_page_id', 'checked_on']).where('outcome', '=', 'ok').doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    await trx
      .updateTable('facebook_connections')
      .set({ next_check_at: nextDailyCheck(run.now), retries: 0 })
      .where('id', '=', connection.id)
      .execute();
    return row !== undefined;
  });
  if (inserted) run.onFactsChanged?.([connection.unit_id]);
}

type Failure = Omit<GraphFailure, 'kind'> & {
  kind: GraphFailure['kind'] | 'token_unreadable';
};

async function recordFailure(
  db: Kysely<Database>,
  connection: ClaimedConnection,
  now: Date,
  failure: Failure,
): Promise<void> {
  const needsToken = failure.kind === 'token_invalid' || failure.kind === 'token_unreadable';
  const isRetryable = failure.kind === 'rate_limited' || failure.kind === 'unavailable';
  const wait = Math.max(failure.retryAfterMs ?? 0, backoffMs(connection.retries));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('facebook_page_checks')
      .values({
        facebook_page_id: connection.facebook_page_id,
        unit_id: connection.unit_id,
        checked_on: todayInVietnam(now),
        checked_at: now,
        outcome: failure.kind,
        graph_page_id: connection.graph_page_id,
        error_code: failure.code,
        error_message: failure.message.slice(0, 300),
      })
      .execute();
    await trx
      .updateTable('facebook_connections')
      .set({
        status: needsToken ? 'needs_token' : 'active',
        retries: isRetryable ? connection.retries + 1 : 0,
        next_check_at: isRetryable ? new Date(now.getTime() + wait) : nextDailyCheck(now),
      })
      .where('id', '=', connection.id)
      .execute();
  });
}
