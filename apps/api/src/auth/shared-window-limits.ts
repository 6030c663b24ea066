// Fixed-window request limits counted in the database, so that every API replica sees the
// same counts (the sign-in throttle's reason, decision 21). It shares `public_rate_limits`
// with the public forms (migration 0017): one row per bucket and window, whatever counts.
// Used by "forgot password", whose limits per process let N replicas send N times as many.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export interface WindowBucket {
  key: string;
  limit: number;
}

/** A bucket key that keeps no personal data in the table (an email is hashed). */
export const hashedBucket = (prefix: string, value: string) =>
  `${prefix}:${createHash('sha256').update(value).digest('base64url').slice(0, 32)}`;

/**
 * Counts one hit in each bucket for the current window, in one statement; null when every
 * bucket is within its limit, else the seconds until the window ends (for Retry-After).
 */
export async function hitSharedWindows(
  db: Kysely<Database>,
  buckets: WindowBucket[],
  windowMs: number,
  now: Date,
): Promise<number | null> {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const rows = await db
    .insertInto('public_rate_limits')
    .values(buckets.map((b) => ({ bucket: b.key, window_start: new Date(start) })))
    .onConflict((oc) =>
      oc.columns(['bucket', 'window_start']).doUpdateSet({
        hits: sql<number>`public_rate_limits.hits + 1`,
      }),
    )
    .returning(['bucket', 'hits'])
    .execute();
  // Windows that ended mean nothing; clearing now and then keeps the table small.
  if (Math.random() < 0.01) {
    await db
      .deleteFrom('public_rate_limits')
      .where('window_start', '<', new Date(start - 24 * 60 * 60_000))
      .execute();
  }
  const limitOf = new Map(buckets.map((b) => [b.key, b.limit]));
  const over = rows.some((r) => r.hits > (limitOf.get(r.bucket) ?? 0));
  return over ? Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) : null;
}
