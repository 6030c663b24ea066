import { describe, expect, it } from 'vitest';
import { type CachedResponse, nextVietnamMidnight, PublicCache } from './public-cache.js';
import { toCachedResponse } from './public-reply.js';

const response = (body: string, unitId?: string): CachedResponse =>
  toCachedResponse({ status: 200, body, contentType: 'text/plain', unitId });

/** A computation the test finishes (or fails) when it chooses. */
function deferred() {
  let resolve: (r: CachedResponse) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<CachedResponse>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const connectionLost = () =>
  Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });

describe('PublicCache', () => {
  it('computes once for concurrent misses, then answers from memory', async () => {
    const cache = new PublicCache();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return response('a', 'x');
    };
    const [a, b] = await Promise.all([cache.fill('k', compute), cache.fill('k', compute)]);
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(cache.peek('k')).toBe(a);
  });

  it('marks stale only the entries of the units that changed, and those showing no unit', async () => {
    const cache = new PublicCache();
    await cache.fill('x1', async () => response('x1', 'x'));
    await cache.fill('x2', async () => response('x2', 'x'));
    await cache.fill('y', async () => response('y', 'y'));
    await cache.fill('unknown-code', async () => response('404'));
    cache.invalidate(['x']);
    expect(cache.peek('x1')).toBeUndefined();
    expect(cache.peek('x2')).toBeUndefined();
    expect(cache.peek('unknown-code')).toBeUndefined();
    expect(cache.peek('y')?.body.toString()).toBe('y');
    // Stale entries stay, as the last good bodies.
    expect(cache.size).toBe(4);
    cache.invalidate([]);
    expect(cache.peek('y')).toBeUndefined();
  });

  it('never stores as fresh a body begun before its unit changed, nor lets later requests join it', async () => {
    const cache = new PublicCache();
    await cache.fill('k', async () => response('v1', 'x'));
    cache.invalidate(['x']);
    const slow = deferred();
    const first = cache.fill('k', () => slow.promise);
    // Another unit's change does not concern this computation: requests still share it.
    cache.invalidate(['y']);
    expect(cache.fill('k', async () => response('unused', 'x'))).toBe(first);
    // Its own unit's change does: the next request computes anew and is stored.
    cache.invalidate(['x']);
    const second = await cache.fill('k', async () => response('v3', 'x'));
    expect(second.body.toString()).toBe('v3');
    slow.resolve(response('v2', 'x'));
    expect((await first).body.toString()).toBe('v2');
    expect(cache.peek('k')?.body.toString()).toBe('v3');
  });

  it('gives the previous body to requests arriving while a stale entry is recomputed', async () => {
    const cache = new PublicCache();
    const old = await cache.fill('k', async () => response('old', 'x'));
    expect(cache.peekRefreshing('k')).toBeUndefined();
    cache.invalidate(['x']);
    const slow = deferred();
    const refresh = cache.fill('k', () => slow.promise);
    expect(cache.peek('k')).toBeUndefined();
    expect(cache.peekRefreshing('k')).toBe(old);
    // A key never computed has no previous body: its requests wait for the computation.
    const first = cache.fill('new', () => new Promise(() => {}));
    expect(first).toBeInstanceOf(Promise);
    expect(cache.peekRefreshing('new')).toBeUndefined();
    slow.resolve(response('new', 'x'));
    await refresh;
    expect(cache.peekRefreshing('k')).toBeUndefined();
    expect(cache.peek('k')?.body.toString()).toBe('new');
  });

  it('does not store as fresh a body whose unit changed while it was computed', async () => {
    const cache = new PublicCache();
    const slow = deferred();
    const pending = cache.fill('k', () => slow.promise);
    cache.invalidate(['x']);
    slow.resolve(response('old', 'x'));
    await pending;
    expect(cache.peek('k')).toBeUndefined();
    // ...while one that began after the change is.
    await cache.fill('k', async () => response('new', 'x'));
    expect(cache.peek('k')?.body.toString()).toBe('new');
  });

  it('serves the last good body when recomputing fails, and retries after a pause', async () => {
    let now = 1_000_000;
    const cache = new PublicCache({ now: () => now, retryMs: 2000 });
    const good = await cache.fill('k', async () => response('good', 'x'));
    cache.invalidate(['x']);
    let attempts = 0;
    const failing = async () => {
      attempts += 1;
      throw connectionLost();
    };
    const [a, b] = await Promise.all([cache.fill('k', failing), cache.fill('k', failing)]);
    expect(a).toBe(good);
    expect(b).toBe(good);
    expect(attempts).toBe(1);
    // Meanwhile a hit, with no promise and no database work.
    expect(cache.peek('k')).toBe(good);
    now += 2001;
    expect(cache.peek('k')).toBeUndefined();
    expect(await cache.fill('k', failing)).toBe(good);
    expect(attempts).toBe(2);
  });

  it('rejects when nothing was ever computed for the key', async () => {
    const cache = new PublicCache();
    await expect(
      cache.fill('k', async () => {
        throw connectionLost();
      }),
    ).rejects.toThrow('Connection terminated');
    expect(cache.size).toBe(0);
  });

  it('keeps an expired entry as the last good body', async () => {
    let now = Date.parse('2026-11-26T03:00:00Z');
    const cache = new PublicCache({ now: () => now, ttlMs: 60_000 });
    const good = await cache.fill('k', async () => response('good', 'x'));
    now += 60_001;
    expect(cache.peek('k')).toBeUndefined();
    expect(
      await cache.fill('k', async () => {
        throw connectionLost();
      }),
    ).toBe(good);
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

  it('answers a remembered URL while its entry is fresh, and only until midnight in Vietnam', async () => {
    let now = Date.parse('2026-11-26T16:00:00Z'); // 23:00 in Vietnam
    const cache = new PublicCache({ now: () => now, ttlMs: 3_600_000 });
    const url = '/public/v1/units/x/badge.svg?indicator=CT-03&asOf=2026-11-26';
    expect(cache.peekUrl(url)).toBeUndefined();
    await cache.fill('badge|x', async () => response('today', 'x'));
    expect(cache.peekUrl(url)).toBeUndefined(); // never answered through the route yet
    cache.rememberUrl(url, 'badge|x');
    expect(cache.peekUrl(url)?.body.toString()).toBe('today');
    cache.invalidate(['x']);
    expect(cache.peekUrl(url)).toBeUndefined(); // stale: the route recomputes it
    await cache.fill('badge|x', async () => response('today, changed', 'x'));
    expect(cache.peekUrl(url)?.body.toString()).toBe('today, changed');
    // After midnight asOf=2026-11-26 is "yesterday", another key: the URL must reach the route
    // even though the key it meant yesterday is fresh again for the new day.
    now = Date.parse('2026-11-26T17:00:01Z');
    await cache.fill('badge|x', async () => response('tomorrow', 'x'));
    expect(cache.peekUrl(url)).toBeUndefined();
  });

  it('remembers a bounded number of URLs', async () => {
    const cache = new PublicCache({ maxEntries: 2 });
    await cache.fill('k', async () => response('k'));
    for (const url of ['/public/a', '/public/b']) cache.rememberUrl(url, 'k');
    expect(cache.peekUrl('/public/a')).toBeDefined();
    cache.rememberUrl('/public/c', 'k');
    expect(cache.peekUrl('/public/a')).toBeUndefined();
    expect(cache.peekUrl('/public/c')).toBeDefined();
  });

  it('stays bounded in entries, stale ones included, dropping the oldest', async () => {
    const cache = new PublicCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.fill(key, async () => response(key, key));
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBeDefined();
    cache.invalidate([]);
    await cache.fill('d', async () => response('d', 'd'));
    expect(cache.size).toBe(2);
  });

  it('stays bounded in bytes', async () => {
    const cache = new PublicCache({ maxBytes: 25 });
    for (const key of ['a', 'b', 'c']) {
      await cache.fill(key, async () => response(key.repeat(10), key));
    }
    expect(cache.bytes).toBe(20);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBeDefined();
  });
});
