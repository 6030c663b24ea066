import { evaluate, INDICATORS, todayInVietnam } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { periodForYear } from '../services/evaluate-subtree.js';
import { getHierarchy } from '../services/get-hierarchy.js';
import { loadFacts } from '../services/load-facts.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { evaluatePublicUnit, findPublicUnit } from './evaluate-public-unit.js';

let handle: DbHandle;
let units: Awaited<ReturnType<typeof createProvince>>;
const today = todayInVietnam(new Date());
const year = Number(today.slice(0, 4));

/** Facts of every kind, spread over the tree, so a unit filter that leaks shows. */
async function seedFacts() {
  const { db } = handle;
  const { province, board, districtA, districtB, communeA, communeB } = units;
  const author = await createUser(db, { role: 'admin', unitId: province.id });
  const report = (unitId: string, indicator: string, status: 'submitted' | 'approved') => ({
    unit_id: unitId,
    indicator,
    period_key: String(year),
    status,
    claims_met: true,
    note: '',
    links: '[]',
    created_by: author.id,
    updated_by: author.id,
  });
  await db
    .insertInto('reports')
    .values([
      report(districtA.id, 'CT-05', 'approved'),
      report(communeA.id, 'CT-05', 'submitted'),
      report(province.id, 'CT-07', 'submitted'),
    ])
    .execute();
  await db
    .insertInto('facebook_pages')
    .values(
      [districtA, communeB].map((u, i) => ({
        unit_id: u.id,
        url: `https://facebook.com/ctd.${i}`,
        name: `Hội Chữ thập đỏ ${i}`,
        is_fanpage: true,
        created_on: '2024-01-01',
        last_post_on: today,
        recent_post_count: 9,
        last_checked_on: today,
      })),
    )
    .execute();
  await db
    .insertInto('code_of_conduct_sessions')
    .values({ unit_id: communeA.id, held_on: `${year}-01-15`, title: 'Quy tắc', participants: 30 })
    .execute();
  await db
    .insertInto('communication_staff')
    .values(
      [board, districtB].map((u) => ({
        unit_id: u.id,
        name: 'Chị Lan',
        has_smartphone_skill: true,
        since: '2024-01-01',
        until: null,
      })),
    )
    .execute();
  await db
    .insertInto('training_courses')
    .values({
      unit_id: districtB.id,
      held_on: `${year}-02-01`,
      title: 'Tập huấn',
      participants: 20,
      level: 'district',
    })
    .execute();
  const campaign = await db
    .insertInto('campaigns')
    .values({
      title: 'Tháng nhân đạo',
      kind: 'campaign',
      organiser: 'province',
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      target_kinds: JSON.stringify(['district', 'grassroots']),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('campaign_participations')
    .values({
      campaign_id: campaign.id,
      unit_id: communeA.id,
      participated_on: `${year}-01-20`,
      evidence_url: null,
    })
    .execute();
  await db
    .insertInto('publications')
    .values({
      unit_id: districtA.id,
      title: 'Bản tin',
      series: 'nguoi-tot-viec-thien',
      kind: 'article',
      published_on: `${year}-01-10`,
      url: null,
    })
    .execute();
  await db
    .insertInto('app_milestones')
    .values({
      unit_id: province.id,
      milestone: 'requirements',
      reached_on: `${year}-01-05`,
      note: '',
    })
    .execute();
}

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  await seedFacts();
});

afterAll(async () => {
  await handle?.close();
});

describe('evaluatePublicUnit', () => {
  it('judges each unit exactly as the evaluation of the whole province does', async () => {
    const tree = await getHierarchy(handle.db, today);
    const facts = await loadFacts(handle.db);
    const periodKeys = [...new Set(INDICATORS.map((i) => periodForYear(i, year, today).key))];
    const full = evaluate({ units: tree, facts, today, periodKeys });
    const states = new Set<string>();
    for (const unit of Object.values(units)) {
      const found = await evaluatePublicUnit(handle.db, unit.code, today);
      expect(found?.unit, unit.code).toEqual(tree.find((u) => u.id === unit.id));
      for (const { indicator, evaluation } of found?.results ?? []) {
        const expected = full.find(
          (e) =>
            e.unitId === unit.id &&
            e.indicator === indicator.code &&
            e.periodKey === periodForYear(indicator, year, today).key,
        );
        expect(expected).toBeDefined();
        expect(evaluation, `${unit.code} ${indicator.code}`).toEqual(expected);
        states.add(evaluation.state);
      }
      expect(found?.results).toHaveLength(8);
    }
    // The facts make a difference: met, pending review, not applicable and the calendar's.
    expect(states.size).toBeGreaterThanOrEqual(4);
  });

  it('reads the unit with its parent link of the day, and nothing of a unit not open today', async () => {
    const { db } = handle;
    const moved = await createUnit(db, { kind: 'grassroots', parentId: units.districtA.id });
    await db
      .updateTable('unit_links')
      .set({ valid_to: today })
      .where('unit_id', '=', moved.id)
      .execute();
    await db
      .insertInto('unit_links')
      .values({ unit_id: moved.id, parent_id: units.districtB.id, valid_from: today })
      .execute();
    expect((await findPublicUnit(db, moved.code, today))?.parentId).toBe(units.districtB.id);
    const closed = await createUnit(db, { kind: 'grassroots', closedOn: today });
    const future = await createUnit(db, { kind: 'grassroots', openedOn: '2099-01-01' });
    for (const code of [closed.code, future.code, 'khong-co', 'NOT A CODE']) {
      expect(await findPublicUnit(db, code, today), code).toBeNull();
    }
  });
});

describe('loadFacts with a unit filter', () => {
  it("returns those units' facts and every campaign, nothing else", async () => {
    const all = await loadFacts(handle.db);
    const ids = [units.communeA.id, units.districtB.id];
    const some = await loadFacts(handle.db, { unitIds: ids });
    const expected = all.filter((f) => f.type === 'campaign' || ids.includes(f.unitId));
    expect(some).toHaveLength(expected.length);
    expect(some).toEqual(expect.arrayContaining(expected));
    expect(some.filter((f) => f.type !== 'campaign').length).toBeGreaterThanOrEqual(5);
    expect(await loadFacts(handle.db, { unitIds: [] })).toEqual(
      all.filter((f) => f.type === 'campaign'),
    );
  });
});
