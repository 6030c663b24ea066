import { describe, expect, it } from 'vitest';
import { type CachedResponse, nextVietnamMidnight, PublicCache } from './public-cache.js';
import { toCachedResponse } from './public-reply.js';

const response = (body: string): CachedResponse =>
  toCachedResponse({ status: 200, body, contentType: 'text/plain' });

describe('PublicCache', () => {
  it('computes once for concurrent misses, then answers from memory', async () => {
    const cache = new PublicCache();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return response('a');
    };
    const [a, b] = await Promise.all([cache.fill('k', compute), cache.fill('k', compute)]);
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(cache.peek('k')).toBe(a);
  });

  it('does not store a result computed from facts that changed meanwhile', async () => {
    const cache = new PublicCache();
    let release: (r: CachedResponse) => void = () => {};
    const pending = cache.fill('k', () => new Promise((resolve) => (release = resolve)));
    cache.clear();
    release(response('stale'));
    await pending;
    expect(cache.peek('k')).toBeUndefined();
  });

  it('expires entries at midnight in Vietnam, when "today" moves', async () => {
    // 16:59:59Z is 23:59:59 in Hà Nội / TP.HCM.
    let now = Date.parse('2026-11-26T16:59:59Z');
    const cache = new PublicCache({ now: () => now, ttlMs: 3_600_000 });
    await cache.fill('k', async () => response('a'));
    expect(cache.peek('k')).toBeDefined();
    now = Date.parse('2026-11-26T17:00:00Z');
    expect(cache.peek('k')).toBeUndefined();
    expect(nextVietnamMidnight(Date.parse('2026-11-26T17:00:00Z'))).toBe(
      Date.parse('2026-11-27T17:00:00Z'),
    );
  });

  it('stays bounded, dropping the oldest entries', async () => {
    const cache = new PublicCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.fill(key, async () => response(key));
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBeDefined();
  });
});
