// compliance.deadlines judges a page at a time (decision 32): paging through every page, by
// the router and by the service with a tiny budget of judged units, gives exactly the items
// of the unpaged calendar over the whole subtree, each once, in the list's order of dates.
// A generated province of some 330 units: districts and grassroots chapters of the province
// owe obligations, grassroots units under them owe none; some have reports and submissions.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { getDeadlines } from '../services/get-deadlines.js';
import { type DeadlineKey, pageDeadlines } from '../services/page-deadlines.js';
import { callerAs } from '../test/caller.js';
import { createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let admin: User;
let rootId: string;
let otherProvinceUnit: string;
const everyone = async (ids: readonly string[]) => new Set(ids);

beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.db;
  const province = await createUnit(db, { kind: 'province' });
  rootId = province.id;
  admin = await createUser(db, { role: 'admin', unitId: province.id });
  const owing: string[] = [];
  for (let i = 0; i < 150; i++) {
    const district = await createUnit(db, { kind: 'district', parentId: province.id });
    owing.push(district.id);
    if (i % 3 === 0) await createUnit(db, { kind: 'grassroots', parentId: district.id });
  }
  for (let i = 0; i < 130; i++) {
    const unit = await createUnit(db, { kind: 'grassroots_province', parentId: province.id });
    owing.push(unit.id);
  }
  // Some obligations done: an approved report on CT-05 for 2025, the unit plan sent.
  const reports = owing.filter((_, i) => i % 4 === 0);
  await db
    .insertInto('reports')
    .values(
      reports.map((unitId) => ({
        unit_id: unitId,
        indicator: 'CT-05',
        period_key: '2025',
        status: 'approved' as const,
        claims_met: true,
        note: 'Đã làm',
        links: '[]',
        created_by: admin.id,
        updated_by: admin.id,
      })),
    )
    .execute();
  const sent = owing.filter((_, i) => i % 5 === 0);
  await db
    .insertInto('deadline_submissions')
    .values(
      sent.map((unitId) => ({
        unit_id: unitId,
        deadline_id: 'own-plan',
        submitted_on: '2025-01-08',
        link: null,
        note: '',
        created_by: admin.id,
      })),
    )
    .execute();
  const other = await createUnit(db, { kind: 'province' });
  otherProvinceUnit = (await createUnit(db, { kind: 'district', parentId: other.id })).id;
}, 600_000);
afterAll(() => handle.close());

type Item = Awaited<ReturnType<typeof getDeadlines>>[number];
const idOf = (i: Item) => `${i.unitId}|${i.indicator ?? i.deadlineId}|${i.periodKey ?? ''}`;
const sortedIds = (items: Item[]) => items.map(idOf).sort();

async function unpaged(asOf: string, horizonDays: number) {
  return getDeadlines(handle.db, everyone, rootId, { asOf, horizonDays });
}

describe('compliance.deadlines, a page at a time', () => {
  for (const [asOf, horizonDays] of [
    ['2025-02-01', 30],
    ['2025-12-20', 60],
  ] as const) {
    it(`pages the whole list exactly once as of ${asOf}, by the router`, async () => {
      const whole = await unpaged(asOf, horizonDays);
      expect(whole.length).toBeGreaterThan(200);
      const caller = await callerAs(handle.db, admin);
      const seen: Item[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await caller.compliance.deadlines({ asOf, horizonDays, limit: 37, cursor });
        expect(page.items.length).toBeLessThanOrEqual(37);
        // A list longer than the first page is not counted: that would judge it all.
        if (pages === 0) expect(page.total).toBeNull();
        seen.push(...(page.items as Item[]));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor && pages < 100);
      expect(new Set(seen.map(idOf)).size).toBe(seen.length);
      expect(sortedIds(seen)).toEqual(sortedIds(whole));
      // Each item as the unpaged calendar words it, and overdue before due soon, by date.
      const byId = new Map(whole.map((i) => [idOf(i), i]));
      for (const item of seen) expect(item).toEqual(byId.get(idOf(item)));
      const dates = seen.map((i) => `${i.state === 'overdue' ? 0 : 1}${i.due}`);
      expect(dates).toEqual([...dates].sort());
    }, 300_000);
  }

  it('resumes where a page ran out of its budget of judged units, and filters', async () => {
    const asOf = '2025-12-20';
    const whole = await unpaged(asOf, 60);
    // Every page, by the service: each may judge at most `budget` units.
    async function allPages(filter: Partial<Parameters<typeof pageDeadlines>[3]>) {
      const seen: Item[] = [];
      let after: DeadlineKey | undefined;
      let pages = 0;
      let shortPages = 0;
      do {
        const page = await pageDeadlines(handle.db, everyone, rootId, {
          asOf,
          horizonDays: 60,
          limit: 25,
          after,
          ...filter,
        });
        if (page.items.length < 25 && page.nextCursor) shortPages++;
        seen.push(...(page.items as Item[]));
        after = page.nextCursor
          ? (JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString()) as DeadlineKey)
          : undefined;
        pages++;
      } while (after && pages < 2000);
      expect(new Set(seen.map(idOf)).size).toBe(seen.length);
      return { seen, shortPages };
    }
    const budgeted = await allPages({ budget: 10 });
    expect(budgeted.shortPages).toBeGreaterThan(0);
    expect(sortedIds(budgeted.seen)).toEqual(sortedIds(whole));
    // One unit, one indicator: the unpaged list filtered the same way.
    const unitId = (whole[0] as Item).unitId;
    const ofUnit = await allPages({ unitId });
    expect(sortedIds(ofUnit.seen)).toEqual(sortedIds(whole.filter((i) => i.unitId === unitId)));
    const ct03 = await allPages({ indicator: 'CT-03', budget: 40 });
    expect(sortedIds(ct03.seen)).toEqual(sortedIds(whole.filter((i) => i.indicator === 'CT-03')));
    // A list that fits one answer is counted.
    const single = await pageDeadlines(handle.db, everyone, rootId, {
      asOf,
      horizonDays: 60,
      limit: 200,
      unitId,
    });
    expect(single.total).toBe(single.items.length);
    expect(single.nextCursor).toBeNull();
  }, 300_000);

  it('refuses a forged cursor, and a valid one never reaches another province', async () => {
    const caller = await callerAs(handle.db, admin);
    const encode = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const cursor of [
      encode([0, '2025-01-10', 'x', 'not-a-uuid', '', '']),
      encode([2, '2025-01-10', 'x', otherProvinceUnit, '', '']),
      encode({ code: 'x' }),
      `${randomBytes(8).toString('hex')}!`,
    ])
      await expect(
        caller.compliance.deadlines({ asOf: '2025-02-01', cursor }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Well formed, naming another province's unit: it only says where a page starts.
    const page = await caller.compliance.deadlines({
      asOf: '2025-02-01',
      limit: 200,
      cursor: encode([0, '2000-01-01', '', otherProvinceUnit, '', '']),
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.some((i) => i.unitId === otherProvinceUnit)).toBe(false);
  });
});
