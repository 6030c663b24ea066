// The national overview keeps each province's judged tallies (decision 37). What must hold:
// a kept answer is never staler than the app's own change notices allow. After any write
// through the app, the overview equals one judged from scratch; a province the write did not
// touch is not judged again; a unit's past province (Kiên Giang) loses its entries too; a
// computation that overlaps a change is not kept; a failed lookup forgets everything.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { bootstrap } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';
import type { DbHandle } from '../../db/create-db.js';
import { startInvalidationBridge } from '../../public/invalidation-bridge.js';
import { TEST_NOW } from '../../test/caller.js';
import { openTestDb } from '../../test/test-db.js';
import { getMatrix } from '../get-matrix.js';
import { getNationalOverview } from '../get-national-overview.js';
import { planIdsOf } from '../load-plan-in-force.js';
import { ProvinceTallies } from './province-tallies.js';

const PASSWORD = 'Demo-Password-2025';
const config = loadConfig({
  DATABASE_URL: 'postgres://unused/lantoa',
  DATA_DIR: '/nonexistent',
  LANTOA_DEMO: '1',
  LANTOA_DEMO_PASSWORD: PASSWORD,
});
const AS_OF = '2026-06-15';
const YEAR = 2026;
const everyUnit = async (ids: readonly string[]) => new Set(ids);

let handle: DbHandle;
let app: FastifyInstance;
let ids: { ag: string; cm: string; kg: string; commune: string; author: string };

const unitIdOf = async (code: string) =>
  (
    await handle.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  handle = await openTestDb();
  await bootstrap(handle.db, config, TEST_NOW);
  app = await buildApp({ db: handle.db, config });
  const idOf = unitIdOf;
  const author = await handle.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'admin@demo.lantoa.vn')
    .executeTakeFirstOrThrow();
  ids = {
    ag: await idOf('ag'),
    cm: await idOf('cm'),
    kg: await idOf('kg'),
    commune: await idOf('ag-rach-gia'),
    author: author.id,
  };
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

async function signIn(target: FastifyInstance, email: string): Promise<string> {
  const res = await target.inject({
    method: 'POST',
    url: '/auth/sign-in',
    headers: { 'x-lantoa-csrf': '1' },
    payload: { email, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
  return `lantoa_session=${cookie?.value}`;
}

async function overviewOver(target: FastifyInstance, asOf = AS_OF, year = YEAR) {
  const cookie = await signIn(target, 'trunguong@demo.lantoa.vn');
  const input = encodeURIComponent(JSON.stringify({ asOf, year }));
  const res = await target.inject({
    url: `/trpc/compliance.overview?input=${input}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().result.data;
}

/** The same answer judged from nothing kept. */
async function judgedAfresh(asOf = AS_OF, year = YEAR) {
  const fresh = await getNationalOverview(handle.db, everyUnit, new ProvinceTallies(), {
    asOf,
    year,
    limit: 50,
  });
  return JSON.parse(JSON.stringify(fresh));
}

/** A unit's open obligation on the day (a cell neither met nor inapplicable), or none. */
async function openCell(rootId: string, unitId: string, asOf = AS_OF, year = YEAR) {
  const level = await getMatrix(handle.db, everyUnit, rootId, { rootId, asOf, year, limit: 200 });
  const cells = [level.self, ...level.rows].find((r) => r.unit.id === unitId)?.cells ?? {};
  const open = Object.entries(cells).filter(
    ([, c]) => !['met', 'not_applicable', 'pending_review'].includes(c.state),
  );
  return open.map(([indicator, c]) => ({ indicator, periodKey: c.periodKey }));
}

/** An approved, met report written behind the app's back: no change notice. */
async function approveBehindTheAppsBack(
  unitId: string,
  cell: { indicator: string; periodKey: string },
) {
  await handle.db
    .insertInto('reports')
    .values({
      unit_id: unitId,
      indicator: cell.indicator,
      period_key: cell.periodKey,
      status: 'approved',
      claims_met: true,
      value: null,
      note: 'Có minh chứng',
      links: JSON.stringify([]),
      review_comment: null,
      submitted_at: null,
      reviewed_at: null,
      created_by: ids.author,
      updated_by: ids.author,
      reviewed_by: ids.author,
      save_key: null,
    })
    .execute();
}

describe('the national overview keeps judged provinces', () => {
  it('serves kept provinces until the app announces a change, then equals a fresh judgement', async () => {
    const before = await overviewOver(app);
    expect(before).toEqual(await judgedAfresh());
    const planOfCaMau = (await planIdsOf(handle.db, [ids.cm])).get(ids.cm) as string;
    const camau = ProvinceTallies.key(ids.cm, planOfCaMau, YEAR, AS_OF);
    const keptCaMau = app.provinceTallies.get(camau);
    expect(keptCaMau).toBeDefined();
    // The province row's own cells are open: approving one changes An Giang's row.
    const [cell, other] = await openCell(ids.ag, ids.ag);
    if (!cell || !other) throw new Error('the demo province has no two open obligations');
    await approveBehindTheAppsBack(ids.ag, cell);
    expect(await overviewOver(app)).toEqual(before);
    // A write through the app in An Giang (a commune's report) is announced...
    app.notifyFactsChanged([ids.commune]);
    const after = await overviewOver(app);
    expect(after).toEqual(await judgedAfresh());
    expect(after).not.toEqual(before);
    const row = after.rows.find((r: { unit: { id: string } }) => r.unit.id === ids.ag);
    expect(row.cells[cell.indicator].state).toBe('met');
    // ...and Cà Mau, which it did not touch, was not judged again.
    expect(app.provinceTallies.get(camau)).toBe(keptCaMau);
  });

  it('drops the entries of a unit’s past province (Kiên Giang, merged into An Giang)', async () => {
    const asOf = '2024-12-31';
    const before = await overviewOver(app, asOf, 2024);
    expect(before.rows.map((r: { unit: { code: string } }) => r.unit.code)).toContain('kg');
    // A district of 2024: closed in the 2025 reform, its province today is An Giang.
    const district = await unitIdOf('kg-rach-gia');
    const [cell] = await openCell(ids.kg, district, asOf, 2024);
    if (!cell) throw new Error('Rạch Giá had no open obligation at the end of 2024');
    await approveBehindTheAppsBack(district, cell);
    app.notifyFactsChanged([district]);
    const after = await overviewOver(app, asOf, 2024);
    expect(after).toEqual(await judgedAfresh(asOf, 2024));
    expect(after).not.toEqual(before);
  });

  it('does not keep a judgement that a settled change to its province overtook', async () => {
    const tallies = new ProvinceTallies();
    const value = { cells: {}, tallies: new Map() };
    const began = tallies.begin();
    tallies.invalidate([ids.commune]);
    await tallies.settle(handle.db);
    tallies.store('ag-key', ids.ag, value, began);
    tallies.store('cm-key', ids.cm, value, began);
    expect(tallies.get('ag-key')).toBeUndefined();
    expect(tallies.get('cm-key')).toBe(value);
    // A change heard after storing drops it at the next settle; "everything" drops all.
    tallies.store('ag-key', ids.ag, value, tallies.begin());
    tallies.invalidate([ids.commune]);
    await tallies.settle(handle.db);
    expect([tallies.get('ag-key'), tallies.get('cm-key')]).toEqual([undefined, value]);
    tallies.invalidate([]);
    tallies.store('cm-key', ids.cm, value, began);
    await tallies.settle(handle.db);
    expect(tallies.size).toBe(0);
  });

  it('forgets everything when it cannot tell which provinces a change touched', async () => {
    const tallies = new ProvinceTallies();
    const value = { cells: {}, tallies: new Map() };
    tallies.store('cm-key', ids.cm, value, tallies.begin());
    const closed = await openTestDb();
    await closed.close();
    tallies.invalidate([ids.commune]);
    await expect(tallies.settle(closed.db)).rejects.toThrow();
    await tallies.settle(handle.db);
    expect(tallies.get('cm-key')).toBeUndefined();
  });

  it('lets an entry live ten minutes at most, in case a write path forgot to announce', () => {
    let now = 0;
    const tallies = new ProvinceTallies(() => now);
    const value = { cells: {}, tallies: new Map() };
    tallies.store('cm-key', ids.cm, value, tallies.begin());
    now = 10 * 60_000;
    expect(tallies.get('cm-key')).toBe(value);
    now += 1;
    expect(tallies.get('cm-key')).toBeUndefined();
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'hears changes made on another replica (PostgreSQL: LISTEN/NOTIFY)',
    async () => {
      const other = await buildApp({ db: handle.db, config });
      const bridgeA = await startInvalidationBridge(app, handle);
      const bridgeB = await startInvalidationBridge(other, handle);
      try {
        const before = await overviewOver(other);
        const [cell] = await openCell(ids.ag, ids.ag);
        if (!cell) throw new Error('An Giang has no open obligation left');
        await approveBehindTheAppsBack(ids.ag, cell);
        app.notifyFactsChanged([ids.commune]);
        await expect.poll(async () => overviewOver(other), { timeout: 5000 }).not.toEqual(before);
        expect(await overviewOver(other)).toEqual(await judgedAfresh());
      } finally {
        await bridgeA.stop();
        await bridgeB.stop();
        await other.close();
      }
    },
  );
});
