// In-memory cache of finished public responses (body, ETag, headers) keyed by normalised
// request parameters. Each body names the unit whose data it shows; a change of that unit
// (locally through onFactsChanged, from other replicas through invalidation-bridge.ts)
// marks only its entries stale. Entries also go stale at the next midnight in Vietnam
// (states depend on "today") and after a safety TTL for writes that bypass the app.
// A stale entry is recomputed on the next request (requests arriving during that recompute
// get the previous body), and kept as the last good body: when the database fails, that
// body is served instead of an error (decision 13). Bounded in
// entries and bytes, because a key holds a user-supplied unit code.
import { todayInVietnam } from '@lantoa/domain';
import type { EncodedForms } from './content-encoding.js';

export interface CachedResponse {
  status: number;
  body: Buffer;
  etag: string;
  headers: Readonly<Record<string, string>>;
  /**
   * The unit whose data the body shows. Absent: the body depends on which units exist (a
   * 404 for an unknown code) or on nothing, and goes stale on any change, which is cheap.
   */
  unitId?: string | undefined;
  /** The same body compressed (br, gzip), made once with it; absent for small bodies. */
  forms?: EncodedForms | undefined;
}

/** What an entry holds in memory: the body and its compressed forms. */
const sizeOf = (response: CachedResponse) =>
  response.body.length +
  (response.forms ? response.forms.br.body.length + response.forms.gzip.body.length : 0);

interface Entry {
  response: CachedResponse;
  /** Epoch ms until which the body is served as it is; 0 once stale. */
  freshUntil: number;
}

export interface PublicCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  ttlMs?: number;
  /** After a failed recompute, how long the last good body is served before trying again. */
  retryMs?: number;
  /** Told of a recompute that failed while a last good body could still be served. */
  onStaleServed?: (key: string, error: unknown) => void;
  now?: () => number;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Epoch ms of the next midnight in Asia/Ho_Chi_Minh (UTC+7, no DST) after `ms`. */
export function nextVietnamMidnight(ms: number): number {
  const today = todayInVietnam(new Date(ms));
  return Date.parse(`${today}T00:00:00Z`) - VIETNAM_OFFSET_MS + 86_400_000;
}

export class PublicCache {
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<string, Promise<CachedResponse>>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #retryMs: number;
  readonly #now: () => number;
  readonly #onStaleServed: (key: string, error: unknown) => void;
  #bytes = 0;
  /**
   * Raw request URLs already answered from a key (see public/hot-path.ts), each until the
   * next midnight in Vietnam: a URL's key may name "today" (no asOf, or asOf=<today>).
   */
  readonly #urlKeys = new Map<string, { key: string; until: number }>();
  /** Counts invalidations; a computation remembers the count it began at. */
  #epoch = 0;
  #everythingAt = 0;
  /** The last invalidation of each unit, kept only while some computation is in flight. */
  readonly #unitAt = new Map<string, number>();
  #inFlight = 0;

  constructor(options: PublicCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 5000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#ttlMs = options.ttlMs ?? 5 * 60_000;
    this.#retryMs = options.retryMs ?? 2000;
    this.#now = options.now ?? Date.now;
    this.#onStaleServed = options.onStaleServed ?? (() => {});
  }

  /** Entries held, stale ones included. */
  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** The fresh response, synchronously: a hit costs one Map lookup and no promise. */
  peek(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.freshUntil > this.#now() ? entry.response : undefined;
  }

  /** Notes that this raw URL (path and query, as received) is answered by `key` today. */
  rememberUrl(url: string, key: string): void {
    const known = this.#urlKeys.get(url);
    if (known?.key === key) return;
    // Bounded: a client can make up any number of URLs. Forgetting only costs a slower answer.
    if (this.#urlKeys.size >= this.#maxEntries) this.#urlKeys.clear();
    this.#urlKeys.set(url, { key, until: nextVietnamMidnight(this.#now()) });
  }

  /** The fresh response for a raw URL answered before today, synchronously, or undefined. */
  peekUrl(url: string): CachedResponse | undefined {
    const known = this.#urlKeys.get(url);
    if (known === undefined || known.until <= this.#now()) return undefined;
    return this.peek(known.key);
  }

  /**
   * The previous body of a key that is being recomputed right now. The request that began
   * the recompute waits for it (so a client sees its own change); those arriving meanwhile
   * get this, as a CDN's stale-while-revalidate would, instead of queueing behind it.
   */
  peekRefreshing(key: string): CachedResponse | undefined {
    return this.#pending.has(key) ? this.#entries.get(key)?.response : undefined;
  }

  /**
   * Computes a missing or stale entry once, however many requests ask for it meanwhile.
   * If the computation fails, the last good body answers; with none, the error rejects.
   */
  fill(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const startedAt = this.#epoch;
    this.#inFlight += 1;
    const promise = compute()
      .then(
        (response) => {
          const isFresh = this.#isCurrent(response.unitId, startedAt);
          // Begun before its unit changed: not current, but better than nothing in an outage.
          if (isFresh || !this.#entries.has(key)) this.#store(key, response, isFresh);
          return response;
        },
        (error: unknown) => this.#lastGood(key, error),
      )
      .finally(() => {
        if (this.#pending.get(key) === promise) this.#pending.delete(key);
        this.#inFlight -= 1;
        if (this.#inFlight === 0) this.#unitAt.clear();
      });
    this.#pending.set(key, promise);
    return promise;
  }

  /** Marks stale what shows these units (no ids: everything); computations under way
   *  for them will not store their result as fresh, and new requests do not join them. */
  invalidate(unitIds: readonly string[]): void {
    this.#epoch += 1;
    const isEverything = unitIds.length === 0;
    if (isEverything || this.#unitAt.size > this.#maxEntries) {
      // Past the bound, forget single units: every computation in flight counts as outdated.
      this.#everythingAt = this.#epoch;
      this.#unitAt.clear();
    }
    const ids = new Set(unitIds);
    if (!isEverything) for (const id of ids) this.#unitAt.set(id, this.#epoch);
    const isTouched = (unitId: string | undefined) =>
      isEverything || unitId === undefined || ids.has(unitId);
    for (const entry of this.#entries.values()) {
      if (isTouched(entry.response.unitId)) entry.freshUntil = 0;
    }
    for (const key of this.#pending.keys()) {
      if (isTouched(this.#entries.get(key)?.response.unitId)) this.#pending.delete(key);
    }
  }

  #isCurrent(unitId: string | undefined, startedAt: number): boolean {
    if (startedAt < this.#everythingAt) return false;
    if (unitId === undefined) return startedAt === this.#epoch;
    return (this.#unitAt.get(unitId) ?? 0) <= startedAt;
  }

  #lastGood(key: string, error: unknown): CachedResponse {
    const entry = this.#entries.get(key);
    if (!entry) throw error;
    this.#onStaleServed(key, error);
    // One failed attempt per key and retry period, however many requests arrive meanwhile.
    entry.freshUntil = this.#now() + this.#retryMs;
    return entry.response;
  }

  #store(key: string, response: CachedResponse, isFresh: boolean): void {
    this.#drop(key);
    const now = this.#now();
    const freshUntil = isFresh ? Math.min(now + this.#ttlMs, nextVietnamMidnight(now)) : 0;
    this.#entries.set(key, { response, freshUntil });
    this.#bytes += sizeOf(response);
    while (this.#entries.size > this.#maxEntries || this.#bytes > this.#maxBytes) {
      // Maps iterate in insertion order, and a refresh re-inserts: drop the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#drop(oldest);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(entry.response);
  }
}
