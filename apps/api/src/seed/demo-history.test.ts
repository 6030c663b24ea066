// The demo tells today's truth as history: these tests hold it to the demo as it was before
// the reform was seeded (Kiên Giang alone), seeded side by side in a second database.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { Database } from '../db/schema.js';
import { callerAs, TEST_NOW } from '../test/caller.js';
import { openTestDb } from '../test/test-db.js';
import { provinceTree } from '../test/unit-tree.js';
import { demoEmails } from './demo-accounts.js';
import { seedIfEmpty } from './index.js';
import { SAMPLE_PROVINCE_ACCOUNTS } from './sample-province.js';

const today = TEST_NOW.toISOString().slice(0, 10);
let full: DbHandle;
let untilReform: DbHandle;

async function adminCaller(db: Kysely<Database>) {
  const admin = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', 'admin@demo.lantoa.vn')
    .executeTakeFirstOrThrow();
  return callerAs(db, admin);
}

/** The demo province's whole tree on a day, as its administrator reaches it. */
async function adminTree(db: Kysely<Database>, asOf: string) {
  const admin = await db
    .selectFrom('users')
    .select('unit_id')
    .where('email', '=', 'admin@demo.lantoa.vn')
    .executeTakeFirstOrThrow();
  return provinceTree(db, admin.unit_id, asOf);
}

/** The same answer from two databases differs in row ids (units are named by their codes
 *  instead), in what was not yet known that day (the date a unit would close, its later
 *  versions) and in where the administrator's views start today (An Giang). */
async function byCodes(db: Kysely<Database>, value: unknown) {
  const units = await db.selectFrom('units').select(['id', 'code']).execute();
  let text = JSON.stringify(value, (key, v) =>
    ['closedOn', 'version', 'homeUnitId'].includes(key) ? undefined : v,
  );
  for (const u of units) text = text.replaceAll(u.id, `unit:${u.code}`);
  return JSON.parse(text) as unknown;
}

beforeAll(async () => {
  [full, untilReform] = await Promise.all([openTestDb(), openTestDb()]);
  const options = { isDemo: true, today, demoPasswordHash: 'not-a-real-hash' };
  await seedIfEmpty(full.db, options);
  await seedIfEmpty(untilReform.db, { ...options, isUntilReform: true });
}, 120_000);

afterAll(async () => {
  await Promise.all([full?.close(), untilReform?.close()]);
});

describe('the demo as of 30/06/2025', () => {
  it('shows Kiên Giang exactly as before: the tree, the dashboard and the deadlines', async () => {
    const [now, before] = [await adminCaller(full.db), await adminCaller(untilReform.db)];
    const asOf = '2025-06-30';
    const views = async (caller: typeof now, db: Kysely<Database>) => ({
      tree: await adminTree(db, asOf),
      matrix: await caller.compliance.matrix({ asOf }),
      year2024: await caller.compliance.matrix({ year: 2024 }),
      deadlines: (await caller.compliance.deadlines({ asOf, limit: 200 })).items,
    });
    const seen = await byCodes(full.db, await views(now, full.db));
    expect(seen).toEqual(await byCodes(untilReform.db, await views(before, untilReform.db)));
    const matrix = (seen as { matrix: { root: { code: string }; rows: unknown[] } }).matrix;
    expect(matrix.root.code).toBe('kg');
    expect(matrix.rows.length).toBeGreaterThan(15);
  });

  it('and today An Giang with commune-level chapters formed from the districts', async () => {
    const tree = (await adminTree(full.db, todayInVietnam(TEST_NOW))).units;
    const root = tree.find((u) => u.parentId === null);
    expect(root?.name).toBe('Hội Chữ thập đỏ tỉnh An Giang');
    const communes = tree.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(34);
    expect(communes.every((u) => u.parentId === root?.id)).toBe(true);
    expect(tree.filter((u) => u.kind === 'district')).toEqual([]);
    const rachGia = tree.find((u) => u.code === 'ag-rach-gia');
    expect(tree.filter((u) => u.parentId === rachGia?.id).map((u) => u.code)).toEqual(
      expect.arrayContaining(['kg-rach-gia-vinh-thanh-van', 'kg-rach-gia-an-hoa']),
    );
  });
});

const FACT_TABLES = [
  ['reports', ['indicator', 'period_key', 'status', 'note']],
  ['communication_staff', ['name', 'since']],
  ['facebook_pages', ['url']],
  ['training_courses', ['held_on', 'title']],
  ['code_of_conduct_sessions', ['held_on']],
  ['campaign_participations', ['campaign_id', 'participated_on']],
  ['deadline_submissions', ['deadline_id', 'submitted_on']],
  ['publications', ['title']],
  ['app_milestones', ['milestone', 'reached_on']],
] as const;

async function factsByUnitCode(db: Kysely<Database>, table: (typeof FACT_TABLES)[number][0]) {
  const rows = (await db
    .selectFrom(`${table} as f` as 'reports as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .selectAll('f')
    .select('u.code as unitCode')
    .execute()) as Record<string, unknown>[];
  const columns = FACT_TABLES.find(([t]) => t === table)?.[1] ?? [];
  const campaigns = await db.selectFrom('campaigns').select(['id', 'title']).execute();
  return rows.map((row) =>
    [
      row.unitCode,
      ...columns.map((c) =>
        c === 'campaign_id' ? campaigns.find((x) => x.id === row[c])?.title : String(row[c]),
      ),
    ].join(' | '),
  );
}

describe('no report, record or story is reassigned by the reform', () => {
  it('keeps every one made before it with the unit it was made for', async () => {
    for (const [table] of FACT_TABLES) {
      const before = await factsByUnitCode(untilReform.db, table);
      expect(before.length, table).toBeGreaterThan(0);
      expect(await factsByUnitCode(full.db, table), table).toEqual(expect.arrayContaining(before));
    }
    const reformEvents = await full.db
      .selectFrom('audit_event')
      .select('entity')
      .distinct()
      .where('action', 'in', ['unit.move', 'unit.close', 'unit.create', 'user.update'])
      .execute();
    expect(reformEvents.map((e) => e.entity).sort()).toEqual(['unit', 'user']);
  });

  it('dates everything within the life of its unit', async () => {
    const dated = [
      ['training_courses', 'held_on'],
      ['code_of_conduct_sessions', 'held_on'],
      ['campaign_participations', 'participated_on'],
      ['deadline_submissions', 'submitted_on'],
      ['publications', 'published_on'],
      ['app_milestones', 'reached_on'],
      ['communication_staff', 'since'],
      ['facebook_pages', 'created_on'],
    ] as const;
    const outside: string[] = [];
    for (const [table, column] of dated) {
      const rows = (await full.db
        .selectFrom(`${table} as f` as 'training_courses as f')
        .innerJoin('units as u', 'u.id', 'f.unit_id')
        .select(['u.code', 'u.opened_on', 'u.closed_on', `f.${column} as on` as 'f.held_on'])
        .execute()) as unknown as {
        code: string;
        opened_on: string;
        closed_on: string | null;
        on: string;
      }[];
      for (const r of rows) {
        if (r.on < r.opened_on || (r.closed_on && r.on >= r.closed_on))
          outside.push(`${table} ${r.code} ${r.on}`);
      }
    }
    const stories = await full.db
      .selectFrom('stories as s')
      .innerJoin('units as u', 'u.id', 's.unit_id')
      .select(['u.code', 'u.opened_on', 'u.closed_on', 's.published_at'])
      .where('s.published_at', 'is not', null)
      .execute();
    for (const s of stories) {
      const on = new Date(s.published_at as Date | string).toISOString().slice(0, 10);
      if (on < s.opened_on || (s.closed_on && on >= s.closed_on))
        outside.push(`story ${s.code} ${on}`);
    }
    expect(outside).toEqual([]);
  });
});

describe('the demo accounts', () => {
  it('keep their emails; cadres of former districts now sit at a commune-level chapter', async () => {
    const users = await full.db
      .selectFrom('users as u')
      .innerJoin('units as n', 'n.id', 'u.unit_id')
      .select(['u.email', 'n.code', 'n.kind', 'n.closed_on'])
      .execute();
    // The sample province (Cà Mau) and Central have accounts of their own (decision 20).
    const others = new Set<string>(SAMPLE_PROVINCE_ACCOUNTS.map((a) => a.email));
    const ours = users.filter((u) => !others.has(u.email));
    expect(ours.map((u) => u.email).sort()).toEqual(demoEmails().sort());
    expect(users.filter((u) => u.closed_on !== null)).toEqual([]);
    const cadres = ours.filter((u) => u.email.startsWith('cadre.'));
    expect(cadres).toHaveLength(15);
    expect(cadres.every((u) => u.kind === 'commune')).toBe(true);
    expect(users.find((u) => u.email === 'cadre.kg-phu-quoc@demo.lantoa.vn')?.code).toBe(
      'ag-phu-quoc',
    );
  });
});
