// The daily check of connected Facebook pages (decision 29), with msw in place of Graph:
// the facts CT-03/CT-04 are judged on, dated; exactly once per page and Vietnam day with
// concurrent runs; an expired token, rate limits, a deleted page and a changed key are
// recorded and acted on; an earlier day's figures never move.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { FacebookAccess } from '../facebook/facebook-access.js';
import { GraphAdapter } from '../facebook/graph-adapter.js';
import { TokenCipher } from '../facebook/token-cipher.js';
import { callerAs } from '../test/caller.js';
import {
  GRAPH_URL,
  GRAPH_VERSION,
  type GraphMode,
  graphHandlers,
  graphState,
  PAGE_TOKEN,
  postsEvery,
} from '../test/facebook-handlers.js';
import { createProvince, createUser } from '../test/factories.js';
import { TEST_TOKEN_KEY } from '../test/fake-graph.js';
import { openTestDb } from '../test/test-db.js';
import { checkFacebookPages } from './check-facebook-pages.js';

const state = graphState();
const server = setupServer(...graphHandlers(state));
const graph = new GraphAdapter({ graphUrl: GRAPH_URL, version: GRAPH_VERSION });
const facebook: FacebookAccess = { graph, cipher: new TokenCipher(TEST_TOKEN_KEY) };
const NOW = new Date('2026-06-15T03:00:00Z'); // 10:00 in Vietnam, the test callers' day
const HOUR = 3_600_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);
let handle: DbHandle;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  handle = await openTestDb();
});
afterEach(async () => {
  Object.assign(state, graphState());
  await handle.db.deleteFrom('facebook_connections').execute();
});
afterAll(async () => {
  server.close();
  await handle.close();
});

/** A district with an entered page record (45 days old: inactive) connected by its admin. */
async function connectedDistrict() {
  const db = handle.db;
  const tree = await createProvince(db);
  const admin = await createUser(db, { role: 'admin', unitId: tree.province.id });
  const page = await db
    .insertInto('facebook_pages')
    .values({
      unit_id: tree.districtA.id,
      url: 'https://www.facebook.com/hoictd.rachgia',
      name: 'Trang Hội',
      is_fanpage: false,
      created_on: '2025-01-01',
      last_post_on: '2026-04-20',
      recent_post_count: 1,
      last_checked_on: '2026-05-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const caller = await callerAs(db, admin, [], facebook);
  await caller.facebook.connect({ facebookPageId: page.id, accessToken: PAGE_TOKEN });
  state.calls = [];
  return { unitId: tree.districtA.id, pageId: page.id, caller };
}

const run = (now: Date, changed: string[][] = []) =>
  checkFacebookPages(handle.db, facebook, { now, onFactsChanged: (ids) => changed.push(ids) });
const checksOf = (pageId: string) =>
  handle.db
    .selectFrom('facebook_page_checks')
    .selectAll()
    .where('facebook_page_id', '=', pageId)
    .orderBy('checked_at')
    .execute();
const connectionOf = (pageId: string) =>
  handle.db
    .selectFrom('facebook_connections')
    .select(['status', 'retries', 'next_check_at'])
    .where('facebook_page_id', '=', pageId)
    .executeTakeFirstOrThrow();
const pageCalls = () => state.calls.filter((c) => !c.url.includes('published_posts')).length;

describe('the daily check', () => {
  it('records the facts CT-03 and CT-04 are judged on; an earlier day does not move', async () => {
    const { unitId, pageId, caller } = await connectedDistrict();
    state.posts = postsEvery(later(-2 * HOUR), 6, 72);
    const facebookCells = async (asOf: string) =>
      (await caller.compliance.unit({ unitId, asOf })).evaluations.filter((e) =>
        ['CT-03', 'CT-04'].includes(e.indicator),
      );
    const yesterdayBefore = await facebookCells('2026-06-14');
    expect((await facebookCells('2026-06-15')).every((e) => e.state !== 'met')).toBe(true);
    const changed: string[][] = [];
    expect(await run(NOW, changed)).toBe(1);
    expect(changed).toEqual([[unitId]]);
    expect(await checksOf(pageId)).toMatchObject([
      {
        outcome: 'ok',
        checked_on: '2026-06-15',
        name: state.name,
        category: 'Nonprofit organization',
        verification_status: 'not_verified',
        follower_count: 2345,
        window_days: 30,
        recent_post_count: 6,
        last_post_on: '2026-06-15',
      },
    ]);
    const today = await facebookCells('2026-06-15');
    expect(today.map((e) => e.state)).toEqual(['met', 'met']);
    expect(today[1]?.evidence).toContainEqual(
      expect.objectContaining({ source: 'facebook', lastCheckedOn: '2026-06-15', isFanpage: true }),
    );
    expect(await facebookCells('2026-06-14')).toEqual(yesterdayBefore);
    const listed = await caller.facebook.ofUnit({ unitId });
    expect(listed.pages[0]?.lastCheck).toMatchObject({
      checkedOn: '2026-06-15',
      recentPostCount: 6,
    });
    expect(
      (await caller.facebook.ofUnit({ unitId, asOf: '2026-06-14' })).pages[0]?.lastCheck,
    ).toBeNull();
  });

  it('checks each page exactly once per Vietnam day, however many runs race', async () => {
    const pages = [await connectedDistrict(), await connectedDistrict(), await connectedDistrict()];
    state.posts = postsEvery(later(-HOUR), 5, 24);
    const counts = await Promise.all([run(NOW), run(NOW), run(NOW), run(NOW)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(pageCalls()).toBe(3);
    for (const p of pages) expect(await checksOf(p.pageId)).toHaveLength(1);
    // Later the same day: nothing is due. The next day: one more check each.
    expect(await run(later(10 * HOUR))).toBe(0);
    expect(pageCalls()).toBe(3);
    expect(await run(later(24 * HOUR))).toBe(3);
    for (const p of pages) {
      const days = (await checksOf(p.pageId)).map((c) => c.checked_on);
      expect(days).toEqual(['2026-06-15', '2026-06-16']);
    }
  });

  it('a lease that ran out mid-check cannot record the day twice', async () => {
    const { pageId } = await connectedDistrict();
    await run(NOW);
    // As if a replica had claimed it, stalled past its lease, and another checked it too.
    await handle.db.updateTable('facebook_connections').set({ next_check_at: NOW }).execute();
    const changed: string[][] = [];
    expect(await run(later(HOUR), changed)).toBe(1);
    expect(changed).toEqual([]);
    expect((await checksOf(pageId)).filter((c) => c.outcome === 'ok')).toHaveLength(1);
  });

  it('an expired token is recorded, asks for a new one, and stops the checks until then', async () => {
    const { unitId, pageId, caller } = await connectedDistrict();
    state.mode = 'expired';
    await run(NOW);
    expect(await checksOf(pageId)).toMatchObject([
      { outcome: 'token_invalid', error_code: 190, checked_on: '2026-06-15' },
    ]);
    expect((await connectionOf(pageId)).status).toBe('needs_token');
    const listed = (await caller.facebook.ofUnit({ unitId })).pages[0];
    expect(listed?.connection?.status).toBe('needs_token');
    expect(listed?.lastFailure).toMatchObject({ outcome: 'token_invalid', errorCode: 190 });
    state.calls = [];
    expect(await run(later(48 * HOUR))).toBe(0);
    expect(state.calls).toEqual([]);
    state.mode = 'ok';
    await caller.facebook.connect({ facebookPageId: pageId, accessToken: PAGE_TOKEN });
    expect(await run(later(48 * HOUR))).toBe(1);
    expect((await checksOf(pageId)).at(-1)?.outcome).toBe('ok');
  });

  it.each([
    ['rate-4', 15 * 60_000],
    ['rate-17', 15 * 60_000],
    ['rate-32', 42 * 60_000],
  ] as const)('%s: recorded, backs off, and the same day’s retry succeeds', async (mode, wait) => {
    const { pageId } = await connectedDistrict();
    state.mode = mode as GraphMode;
    await run(NOW);
    const connection = await connectionOf(pageId);
    expect(connection).toMatchObject({ status: 'active', retries: 1 });
    expect(new Date(connection.next_check_at).getTime()).toBe(NOW.getTime() + wait);
    expect(await checksOf(pageId)).toMatchObject([{ outcome: 'rate_limited' }]);
    expect(await run(later(wait - 60_000))).toBe(0);
    state.mode = 'ok';
    expect(await run(later(wait))).toBe(1);
    expect((await checksOf(pageId)).map((c) => c.outcome)).toEqual(['rate_limited', 'ok']);
    expect((await connectionOf(pageId)).retries).toBe(0);
  });

  it('a deleted page is recorded and tried again the next day', async () => {
    const { pageId } = await connectedDistrict();
    state.mode = 'deleted';
    await run(NOW);
    expect(await checksOf(pageId)).toMatchObject([
      { outcome: 'page_unavailable', error_code: 100 },
    ]);
    const connection = await connectionOf(pageId);
    expect(connection.status).toBe('active');
    // 01:00 the next day in Vietnam.
    expect(new Date(connection.next_check_at).toISOString()).toBe('2026-06-15T18:00:00.000Z');
  });

  it('a changed key cannot open the token: recorded, a new token is needed, Graph not called', async () => {
    const { pageId } = await connectedDistrict();
    const rekeyed = { graph, cipher: new TokenCipher(Buffer.alloc(32, 3)) };
    await checkFacebookPages(handle.db, rekeyed, { now: NOW });
    expect(pageCalls()).toBe(0);
    expect(await checksOf(pageId)).toMatchObject([{ outcome: 'token_unreadable' }]);
    expect((await connectionOf(pageId)).status).toBe('needs_token');
  });

  it('without a key the job does nothing', async () => {
    await connectedDistrict();
    expect(await checkFacebookPages(handle.db, { graph, cipher: null }, { now: NOW })).toBe(0);
    expect(pageCalls()).toBe(0);
  });
});
