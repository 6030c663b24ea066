// In-memory cache of finished public responses (body, ETag, headers) keyed by normalised
// request parameters. Entries are dropped when facts change (locally through onFactsChanged,
// from other replicas through invalidation-bridge.ts), at the next midnight in Vietnam
// (states depend on "today"), and after a safety TTL for writes that bypass the app.
// Bounded, because a key holds a user-supplied unit code.
import { todayInVietnam } from '@lantoa/domain';

export interface CachedResponse {
  status: number;
  body: Buffer;
  etag: string;
  headers: Readonly<Record<string, string>>;
}

interface Entry {
  response: CachedResponse;
  expiresAt: number;
}

export interface PublicCacheOptions {
  maxEntries?: number;
  ttlMs?: number;
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
  readonly #ttlMs: number;
  readonly #now: () => number;
  /** Bumped by clear(): a computation that began before it must not store its result. */
  #generation = 0;

  constructor(options: PublicCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 5000;
    this.#ttlMs = options.ttlMs ?? 5 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The cached response, synchronously: a hit costs one Map lookup and no promise. */
  peek(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.#now()) return entry.response;
    this.#entries.delete(key);
    return undefined;
  }

  /** Computes a missing entry once, however many requests ask for it meanwhile. */
  fill(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const generation = this.#generation;
    const promise = compute()
      .then((response) => {
        if (generation === this.#generation) this.#store(key, response);
        return response;
      })
      .finally(() => {
        if (this.#pending.get(key) === promise) this.#pending.delete(key);
      });
    this.#pending.set(key, promise);
    return promise;
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#pending.clear();
  }

  #store(key: string, response: CachedResponse): void {
    const now = this.#now();
    if (this.#entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    const expiresAt = Math.min(now + this.#ttlMs, nextVietnamMidnight(now));
    this.#entries.set(key, { response, expiresAt });
  }
}
