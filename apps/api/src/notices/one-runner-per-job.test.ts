// One replica runs each scheduled job per tick (decision 35). Two schedulers on one
// database ticking together run a job once, the same holder keeps it, a clean stop hands
// it over at the next tick and a dead holder's job is taken over once its lease lapses.
// Two whole app instances ticking together write each notice once, mail it once and check
// a connected Facebook page once for the day.
import type { FastifyInstance } from 'fastify';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import type { FacebookAccess } from '../facebook/facebook-access.js';
import { GraphAdapter } from '../facebook/graph-adapter.js';
import { TokenCipher } from '../facebook/token-cipher.js';
import { callerAs } from '../test/caller.js';
import {
  GRAPH_URL,
  GRAPH_VERSION,
  graphHandlers,
  graphState,
  PAGE_TOKEN,
  postsEvery,
} from '../test/facebook-handlers.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { TEST_TOKEN_KEY } from '../test/fake-graph.js';
import { openTestDb } from '../test/test-db.js';
import { createMailer } from './mailer.js';
import { NoticeScheduler } from './notice-scheduler.js';
import { lazySigningKey } from './unsubscribe-token.js';

const state = graphState();
const server = setupServer(...graphHandlers(state));
/** 10:00 in Vietnam on 01/12/2026: 14 days before the annual report's 15/12 deadline. */
const NOW = new Date('2026-12-01T03:00:00.000Z');
let handle: DbHandle;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  handle = await openTestDb();
});
afterAll(async () => {
  server.close();
  await handle.close();
});
beforeEach(async () => {
  await handle.db.deleteFrom('scheduler_leases').execute();
});

describe('two schedulers on one database', () => {
  const runs: string[] = [];
  const errors: unknown[] = [];
  const scheduler = (name: string) => {
    const db = handle.db;
    const channels = {
      mailer: createMailer(db, { smtpUrl: undefined, from: 'test' }),
      zalo: null,
      linkOrigin: 'http://localhost:3000',
      signingKey: lazySigningKey(db),
    };
    return new NoticeScheduler(db, channels, {
      tickMs: 60_000,
      clock: () => NOW,
      onError: (error) => errors.push(error),
      jobs: [
        {
          name: 'counted job',
          run: async () => {
            runs.push(name);
          },
        },
      ],
    });
  };
  const both = (...schedulers: NoticeScheduler[]) => Promise.all(schedulers.map((s) => s.tick()));
  beforeEach(() => {
    runs.length = 0;
    errors.length = 0;
  });

  it('run each job once a tick, and the replica that took it keeps it', async () => {
    const [a, b] = [scheduler('a'), scheduler('b')];
    for (let tick = 0; tick < 3; tick += 1) await both(a, b);
    expect(runs).toHaveLength(3);
    expect(new Set(runs).size).toBe(1);
    const leases = await handle.db.selectFrom('scheduler_leases').selectAll().execute();
    expect(leases.map((l) => l.job).sort()).toEqual(['counted job', 'notices']);
    // Each job has its own lease: the two jobs may well be held by different replicas.
    const counted = leases.find((l) => l.job === 'counted job');
    expect(counted?.holder).toBe(runs[0] === 'a' ? a.holder : b.holder);
    expect(leases.every((l) => l.holder === a.holder || l.holder === b.holder)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('hand the job over at the next tick when its holder stops cleanly', async () => {
    const [a, b] = [scheduler('a'), scheduler('b')];
    await a.tick();
    await b.tick();
    expect(runs).toEqual(['a']);
    await a.stop();
    await b.tick();
    await b.tick();
    expect(runs).toEqual(['a', 'b', 'b']);
    expect(errors).toEqual([]);
  });

  it('take a dead holder’s job over only once its lease has lapsed', async () => {
    const [a, b] = [scheduler('a'), scheduler('b')];
    await a.tick();
    // a dies without stopping: b waits while a's lease runs…
    await b.tick();
    expect(runs).toEqual(['a']);
    await handle.db
      .updateTable('scheduler_leases')
      .set({ held_until: new Date(Date.now() - 1000) })
      .where('holder', '=', a.holder)
      .execute();
    // …then takes it, and a (had it only been stalled) no longer runs it.
    await b.tick();
    await a.tick();
    expect(runs).toEqual(['a', 'b']);
    expect(errors).toEqual([]);
  });
});

describe('two API instances ticking together', () => {
  let apps: FastifyInstance[];

  beforeAll(async () => {
    const config = loadConfig({
      DATABASE_URL: '',
      LANTOA_ADMIN_DIST: '/nonexistent',
      LANTOA_FACEBOOK_TOKEN_KEY: TEST_TOKEN_KEY.toString('base64'),
      LANTOA_FACEBOOK_GRAPH_URL: GRAPH_URL,
      LANTOA_FACEBOOK_GRAPH_VERSION: GRAPH_VERSION,
    });
    apps = await Promise.all(
      [0, 1].map(() => buildApp({ db: handle.db, config, clock: () => NOW })),
    );
  });
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('write each notice once, mail it once and check each Facebook page once', async () => {
    const db = handle.db;
    const tree = await createProvince(db);
    const cadres = [];
    for (let i = 0; i < 3; i += 1) {
      const district = await createUnit(db, { kind: 'district', parentId: tree.province.id });
      cadres.push(await createUser(db, { role: 'cadre', unitId: district.id }));
    }
    const page = await db
      .insertInto('facebook_pages')
      .values({
        unit_id: tree.districtA.id,
        url: 'https://www.facebook.com/hoictd.rachgia',
        name: 'Trang Hội',
        is_fanpage: true,
        created_on: '2025-01-01',
        last_post_on: '2026-11-20',
        recent_post_count: 4,
        last_checked_on: '2026-11-20',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = await createUser(db, { role: 'admin', unitId: tree.province.id });
    const facebook: FacebookAccess = {
      graph: new GraphAdapter({ graphUrl: GRAPH_URL, version: GRAPH_VERSION }),
      cipher: new TokenCipher(TEST_TOKEN_KEY),
    };
    await (await callerAs(db, admin, [], facebook)).facebook.connect({
      facebookPageId: page.id,
      accessToken: PAGE_TOKEN,
    });
    // Connected on the test callers' day: due again on the apps' day.
    await db
      .updateTable('facebook_connections')
      .set({ next_check_at: new Date(NOW.getTime() - 3_600_000) })
      .execute();
    state.posts = postsEvery(new Date(NOW.getTime() - 3_600_000), 5, 24);
    state.calls = [];

    for (let tick = 0; tick < 3; tick += 1)
      await Promise.all(apps.map((app) => app.noticeScheduler.tick()));

    const notices = await db
      .selectFrom('notices')
      .select(['id', 'recipient_id', 'kind', 'subject_key', 'period_key'])
      .execute();
    const keys = notices.map((n) => `${n.recipient_id}|${n.kind}|${n.subject_key}|${n.period_key}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const cadre of cadres)
      expect(notices.filter((n) => n.recipient_id === cadre.id).length).toBeGreaterThan(0);
    const mails = await db.selectFrom('demo_outbox').select(['to_address', 'subject']).execute();
    const sent = await db
      .selectFrom('notice_deliveries')
      .select('notice_id')
      .where('channel', '=', 'email')
      .where('status', '=', 'sent')
      .execute();
    expect(sent).toHaveLength(notices.length);
    expect(mails).toHaveLength(notices.length);
    const checks = await db
      .selectFrom('facebook_page_checks')
      .select(['outcome', 'checked_on'])
      .where('facebook_page_id', '=', page.id)
      .execute();
    expect(checks).toEqual([{ outcome: 'ok', checked_on: '2026-12-01' }]);
    expect(state.calls.filter((c) => !c.url.includes('published_posts'))).toHaveLength(1);
    // Each job ran on one instance only.
    const holders = apps.map((app) => app.noticeScheduler.holder);
    const leases = await db.selectFrom('scheduler_leases').select(['job', 'holder']).execute();
    expect(leases.map((l) => l.job).sort()).toEqual(['facebook page checks', 'notices']);
    for (const lease of leases) expect(holders).toContain(lease.holder);
  });
});
