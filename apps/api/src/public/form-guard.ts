// Abuse resistance for the public forms, without third-party scripts (partner pages run a
// strict CSP): a time check (a signed token the form fetches; sending sooner than 3 s or
// later than 2 h is refused), and rate limits per client address and per appeal at two
// levels. A fixed-window counter in memory answers a flood from one address without any
// query, so 10,000 fake pledges cost the database nothing past the limit and the badge
// keeps its budget; the same limits counted in PostgreSQL (public_rate_limits) hold across
// replicas, where each process's memory sees only its own share (decision 26).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export const FORM_MIN_MS = 3_000;
export const FORM_MAX_MS = 2 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function sign(secret: string, issuedMs: number): string {
  return createHmac('sha256', secret).update(`form|${issuedMs}`).digest('base64url').slice(0, 32);
}

export function issueFormToken(secret: string, now: Date): string {
  const issued = now.getTime();
  return `${issued}.${sign(secret, issued)}`;
}

export type FormTokenVerdict = 'ok' | 'invalid' | 'too-fast' | 'expired';

export function checkFormToken(token: string, secret: string, now: Date): FormTokenVerdict {
  const [issuedText, mac = ''] = token.split('.');
  const issued = Number(issuedText);
  if (!Number.isSafeInteger(issued)) return 'invalid';
  const expected = Buffer.from(sign(secret, issued));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now.getTime() - issued;
  if (age < FORM_MIN_MS) return 'too-fast';
  return age > FORM_MAX_MS ? 'expired' : 'ok';
}

/** Fixed one-hour windows per key, in memory; bounded, so a spray of addresses cannot grow
 *  it without end (past the bound the oldest window's keys go first). */
export class MemoryRateLimiter {
  readonly #hits = new Map<string, { window: number; count: number }>();
  readonly #maxKeys: number;

  constructor(maxKeys = 100_000) {
    this.#maxKeys = maxKeys;
  }

  /** Counts one attempt; true while the key is within `limit` this window. */
  take(key: string, limit: number, now: Date): boolean {
    const window = Math.floor(now.getTime() / HOUR_MS);
    const entry = this.#hits.get(key);
    if (entry && entry.window === window) {
      entry.count += 1;
      return entry.count <= limit;
    }
    if (this.#hits.size >= this.#maxKeys) this.#forgetOldWindows(window);
    this.#hits.set(key, { window, count: 1 });
    return limit >= 1;
  }

  #forgetOldWindows(current: number) {
    for (const [key, entry] of this.#hits) if (entry.window !== current) this.#hits.delete(key);
    // All current: drop the oldest-inserted half (Maps keep insertion order).
    let excess = this.#hits.size - Math.floor(this.#maxKeys / 2);
    for (const key of this.#hits.keys()) {
      if (excess-- <= 0) break;
      this.#hits.delete(key);
    }
  }
}

/** Counts one attempt in PostgreSQL for each bucket, in one statement; true when every
 *  bucket is still within its limit this hour. Old windows are cleared now and then. */
export async function takeSharedLimits(
  db: Kysely<Database>,
  buckets: { key: string; limit: number }[],
  now: Date,
): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const rows = await db
    .insertInto('public_rate_limits')
    .values(buckets.map((b) => ({ bucket: b.key, window_start: windowStart })))
    .onConflict((oc) =>
      oc.columns(['bucket', 'window_start']).doUpdateSet({
        hits: sql<number>`public_rate_limits.hits + 1`,
      }),
    )
    .returning(['bucket', 'hits'])
    .execute();
  if (Math.random() < 0.01) {
    await db.deleteFrom('public_rate_limits').where('window_start', '<', windowStart).execute();
  }
  const limitOf = new Map(buckets.map((b) => [b.key, b.limit]));
  return rows.every((r) => r.hits <= (limitOf.get(r.bucket) ?? 0));
}
