// Sign-in throttling counters in PostgreSQL (migration 0011), so that every API replica
// counts the same failures: an attacker spread over N replicas gets one budget, not N
// (issue 11; decision 21). The rules are rate-limiter.ts's; this file only stores.
// A failure is one statement that bumps the three counters atomically (a counter an hour
// past its latest failure starts again at 1); an alert is claimed with a conditional
// update, so exactly one replica raises it. Sign-in is rare: a round trip each is cheap.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  type Failures,
  MAX_TRACKED_ADDRESSES,
  nextAlertAt,
  SIGN_IN_POLICY,
  type SignInAlert,
  type SignInThrottle,
  throttleKeys,
  waitSecondsFor,
} from './rate-limiter.js';

/** Expired rows are deleted at most this often per replica. */
const PRUNE_EVERY_MS = 60_000;

interface CounterRow {
  key: string;
  failures: number;
  alerted_at: number;
  addresses: string[];
}

export function sharedSignInThrottle(db: Kysely<Database>): SignInThrottle {
  let prunedAt = 0;
  const cutoff = (now: number) => new Date(now - SIGN_IN_POLICY.forgetMs);

  async function live(keys: string[], now: number): Promise<Map<string, Failures>> {
    const rows = await db
      .selectFrom('sign_in_throttle')
      .select(['key', 'failures', 'last_at'])
      .where('key', 'in', keys)
      .where('last_at', '>', cutoff(now))
      .execute();
    return new Map(
      rows.map((r) => [r.key, { failures: r.failures, lastAt: new Date(r.last_at).getTime() }]),
    );
  }

  async function prune(now: number) {
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await db.deleteFrom('sign_in_throttle').where('last_at', '<=', cutoff(now)).execute();
  }

  return {
    async check(email, address, now = Date.now()) {
      const keys = throttleKeys(email, address);
      const found = await live([keys.pair, keys.address, keys.account], now);
      return waitSecondsFor(
        {
          pair: found.get(keys.pair),
          address: found.get(keys.address),
          accountFailures: found.get(keys.account)?.failures ?? 0,
        },
        now,
      );
    },

    async accountFailures(email, now = Date.now()) {
      const { account } = throttleKeys(email, '');
      return (await live([account], now)).get(account)?.failures ?? 0;
    },

    async recordFailure(email, address, now = Date.now()): Promise<SignInAlert | null> {
      const keys = throttleKeys(email, address);
      const at = new Date(now);
      const old = cutoff(now);
      const { rows } = await sql<CounterRow>`
        INSERT INTO sign_in_throttle AS t (key, failures, last_at, addresses)
        VALUES (${keys.pair}, 1, ${at}, '{}'), (${keys.address}, 1, ${at}, '{}'),
          (${keys.account}, 1, ${at}, ARRAY[${address}]::text[])
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN t.last_at <= ${old} THEN 1 ELSE t.failures + 1 END,
          alerted_at = CASE WHEN t.last_at <= ${old} THEN 0 ELSE t.alerted_at END,
          addresses = CASE
            WHEN cardinality(excluded.addresses) = 0 THEN t.addresses
            WHEN t.last_at <= ${old} THEN excluded.addresses
            WHEN cardinality(array_remove(t.addresses, ${address})) < ${MAX_TRACKED_ADDRESSES}
              THEN array_remove(t.addresses, ${address}) || excluded.addresses
            ELSE array_remove(t.addresses, ${address}) END,
          last_at = GREATEST(t.last_at, excluded.last_at)
        RETURNING key, failures, alerted_at, addresses`.execute(db);
      await prune(now);
      const account = rows.find((r) => r.key === keys.account);
      if (!account || account.failures < nextAlertAt(account.alerted_at)) return null;
      // Another replica may have counted past the threshold at the same moment: the
      // conditional update lets exactly one of them raise the alert.
      const claimed = await db
        .updateTable('sign_in_throttle')
        .set({ alerted_at: account.failures })
        .where('key', '=', keys.account)
        .where('alerted_at', '=', account.alerted_at)
        .returning('key')
        .executeTakeFirst();
      if (!claimed) return null;
      return {
        email: keys.account.slice('account:'.length),
        failures: account.failures,
        newFailures: account.failures - account.alerted_at,
        addresses: account.addresses.length,
        sampleAddresses: account.addresses.slice(-5),
      };
    },

    async recordSuccess(email, address) {
      await db
        .deleteFrom('sign_in_throttle')
        .where('key', '=', throttleKeys(email, address).pair)
        .execute();
    },
  };
}
