import { type ReorganisationInput, todayInVietnam } from '@lantoa/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs, TEST_NOW } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { snapshot } from '../test/scope-fixture.js';
import { openTestDb } from '../test/test-db.js';
import { provinceTree } from '../test/unit-tree.js';

let handle: DbHandle;
let admin: User;
// TEST_NOW is 2026-06-15: 2026-01-01 has passed, 2026-09-01 has not.
const PAST = '2026-01-01';
const FUTURE = '2026-09-01';

beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function province() {
  const tree = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  return { ...tree, api: await callerAs(handle.db, admin) };
}
const reorg = (
  effectiveOn: string,
  ...steps: ReorganisationInput['steps']
): ReorganisationInput => ({
  effectiveOn,
  title: 'Sắp xếp thử',
  legalBasis: { number: '01/QĐ-CTĐ (mẫu)' },
  steps,
});
/** Figures without the units' closing dates: a unit carries its closing date whatever the
 *  day asked about (decision 1); states, reasons and roll-ups are what must not move. */
const figures = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'closedOn' ? undefined : v)));
const TODAY = todayInVietnam(TEST_NOW);
/** The province's tree on a day (today by default): what the reorganisation left. */
const treeOf = (t: { province: { id: string } }, asOf: string = TODAY) =>
  provinceTree(handle.db, t.province.id, asOf);
const codeOf = (tree: { units: { code: string; id: string }[] }, id: string) =>
  tree.units.find((u) => u.id === id)?.code;

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { details?: Record<string, unknown> } };
}

describe('reorganisations', () => {
  it('merges two districts into a new commune-level chapter: previewed, applied at once, earlier days unchanged', async () => {
    const t = await province();
    await handle.db
      .insertInto('code_of_conduct_sessions')
      .values({
        unit_id: t.districtA.id,
        held_on: '2025-03-01',
        title: 'Quán triệt',
        participants: 9,
      })
      .execute();
    const before = await treeOf(t, '2025-12-31');
    const matrixBefore = await t.api.compliance.matrix({
      rootId: t.province.id,
      asOf: '2025-12-31',
    });
    const input = reorg(PAST, {
      type: 'merge',
      sources: [t.districtA.code, t.districtB.code],
      into: `xa-${t.province.code}`,
      newUnit: { name: 'Hội CTĐ xã Hòa Bình', kind: 'commune', parentCode: t.province.code },
    });
    const preview = await t.api.reorganisations.preview(input);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.touched.map((u) => u.code).sort()).toEqual(
      [t.districtA.code, t.districtB.code, t.communeA.code, t.communeB.code].sort(),
    );
    expect(preview.touched.find((u) => u.id === t.districtA.id)).toMatchObject({
      records: 1,
      reports: 0,
    });
    const applied = await t.api.reorganisations.applyAll({
      reorganisation: input,
      versions: preview.versions,
    });
    expect(applied).toMatchObject({ status: 'applied', canCancel: false, effectiveOn: PAST });
    expect(await treeOf(t, '2025-12-31')).toEqual({
      ...before,
      // The same tree that day; a unit carries its closing date and its new version.
      units: before.units.map((u) =>
        [t.districtA.id, t.districtB.id].includes(u.id)
          ? { ...u, version: u.version + 1, closedOn: PAST }
          : [t.communeA.id, t.communeB.id].includes(u.id)
            ? { ...u, version: u.version + 1 }
            : u,
      ),
    });
    expect(
      figures(await t.api.compliance.matrix({ rootId: t.province.id, asOf: '2025-12-31' })),
    ).toEqual(figures(matrixBefore));
    const after = await treeOf(t, PAST);
    const commune = after.units.find((u) => u.code === `xa-${t.province.code}`);
    expect(commune).toMatchObject({ kind: 'commune', parentId: t.province.id, openedOn: PAST });
    expect(
      after.units
        .filter((u) => u.parentId === commune?.id)
        .map((u) => u.id)
        .sort(),
    ).toEqual([t.communeA.id, t.communeB.id].sort());
    expect(after.units.some((u) => u.id === t.districtA.id)).toBe(false);
    const page = await t.api.compliance.unit({ unitId: t.districtA.id, asOf: PAST });
    expect(page.closure?.successor?.name).toBe('Hội CTĐ xã Hòa Bình');
    const records = await handle.db
      .selectFrom('code_of_conduct_sessions')
      .select('unit_id')
      .where('title', '=', 'Quán triệt')
      .execute();
    expect(records).toEqual([{ unit_id: t.districtA.id }]);
    const events = await handle.db
      .selectFrom('audit_event')
      .select(['action'])
      .where('entity_id', 'in', [applied.id, t.districtA.id, t.communeA.id])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'unit.move',
      'unit.close',
      'reorganisation.apply',
    ]);
    expect((await t.api.reorganisations.list()).map((r) => r.id)).toContain(applied.id);
  }, 120_000);

  it('refuses a split that leaves a child unassigned, naming it, and writes nothing', async () => {
    const t = await province();
    const extra = await createUnit(handle.db, { kind: 'grassroots', parentId: t.districtA.id });
    const input = reorg(PAST, {
      type: 'split',
      source: t.districtA.code,
      into: [
        {
          code: `a-${t.province.code}`,
          name: 'Hội CTĐ xã A',
          kind: 'commune',
          parentCode: t.province.code,
        },
        {
          code: `b-${t.province.code}`,
          name: 'Hội CTĐ xã B',
          kind: 'commune',
          parentCode: t.province.code,
        },
      ],
      assignments: [{ unit: t.communeA.code, to: `a-${t.province.code}` }],
    });
    const preview = await t.api.reorganisations.preview(input);
    expect(preview.ok ? [] : preview.errors.map((e) => [e.code, e.unit])).toEqual([
      ['splitChildUnassigned', extra.code],
    ]);
    const digest = await snapshot(handle.db);
    const error = await refusal(
      t.api.reorganisations.applyAll({ reorganisation: input, versions: {} }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(extra.code);
    expect(await snapshot(handle.db)).toEqual(digest);
  });

  it('a split names every successor on the closed unit, each successor names it, and a cancel undoes that', async () => {
    const t = await province();
    const split = (on: string, prefix: string): ReorganisationInput =>
      reorg(on, {
        type: 'split',
        source: t.districtA.code,
        into: ['a', 'b'].map((x) => ({
          code: `${prefix}${x}-${t.province.code}`,
          name: `Hội CTĐ xã ${prefix}${x.toUpperCase()}`,
          kind: 'commune' as const,
          parentCode: t.province.code,
        })),
        assignments: [{ unit: t.communeA.code, to: `${prefix}a-${t.province.code}` }],
      });
    const apply = async (input: ReorganisationInput) => {
      const preview = await t.api.reorganisations.preview(input);
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      return t.api.reorganisations.applyAll({ reorganisation: input, versions: preview.versions });
    };
    const successorsOf = () =>
      handle.db
        .selectFrom('unit_successors')
        .select('successor_id')
        .where('unit_id', '=', t.districtA.id)
        .execute();
    // Planned, then cancelled: nothing of it stays.
    const planned = await apply(split(FUTURE, 'f'));
    expect((await successorsOf()).length).toBe(2);
    await t.api.reorganisations.cancel({ id: planned.id, version: planned.version });
    expect(await successorsOf()).toEqual([]);

    await apply(split(PAST, 's'));
    const page = await t.api.compliance.unit({ unitId: t.districtA.id, asOf: PAST });
    expect(page.closure?.successors.map((u) => u.name)).toEqual(['Hội CTĐ xã sA', 'Hội CTĐ xã sB']);
    expect(page.closure?.successor?.name).toBe('Hội CTĐ xã sA');
    const tree = await treeOf(t, PAST);
    for (const successor of page.closure?.successors ?? []) {
      const successorPage = await t.api.compliance.unit({ unitId: successor.id, asOf: PAST });
      expect(successorPage.predecessors.map((p) => p.id)).toEqual([t.districtA.id]);
      expect(codeOf(tree, successor.id)).toBe(successor.code);
    }
  });

  it('answers CONFLICT when a touched unit was edited after the preview, and applies nothing', async () => {
    const t = await province();
    const input = reorg(PAST, {
      type: 'merge',
      sources: [t.districtA.code],
      into: t.districtB.code,
    });
    const preview = await t.api.reorganisations.preview(input);
    if (!preview.ok) throw new Error('refused');
    const version = preview.versions[t.communeA.code] as number;
    await t.api.units.rename({
      unitId: t.communeA.id,
      version,
      name: 'Chi hội đổi tên',
      // Dated before the merge: a rename on or after its date would have to be cancelled first.
      effectiveOn: '2025-12-01',
    });
    const digest = await snapshot(handle.db);
    const error = await refusal(
      t.api.reorganisations.applyAll({ reorganisation: input, versions: preview.versions }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(await snapshot(handle.db)).toEqual(digest);
    const fresh = await t.api.reorganisations.preview(input);
    if (!fresh.ok) throw new Error('refused');
    await expect(
      t.api.reorganisations.applyAll({ reorganisation: input, versions: fresh.versions }),
    ).resolves.toMatchObject({
      status: 'applied',
    });
  });

  it('a dated rename shows the old name before its date and the new one from it', async () => {
    const t = await province();
    const input = reorg(PAST, {
      type: 'rename',
      unit: t.districtA.code,
      name: 'Hội CTĐ thị xã Mới',
    });
    const preview = await t.api.reorganisations.preview(input);
    if (!preview.ok) throw new Error('refused');
    await t.api.reorganisations.applyAll({ reorganisation: input, versions: preview.versions });
    const nameOn = async (asOf: string) =>
      (await treeOf(t, asOf)).units.find((u) => u.id === t.districtA.id)?.name;
    expect(await nameOn('2025-12-31')).toBe(t.districtA.name);
    expect(await nameOn(PAST)).toBe('Hội CTĐ thị xã Mới');
    expect((await t.api.compliance.unit({ unitId: t.districtA.id, asOf: PAST })).unit.name).toBe(
      'Hội CTĐ thị xã Mới',
    );
  });

  it('stores a future reorganisation as planned, in force by its date, and cancels it completely', async () => {
    const t = await province();
    const treeToday = await treeOf(t);
    const datedRows = async () => ({
      links: await handle.db
        .selectFrom('unit_links')
        .select(['id', 'unit_id', 'parent_id', 'valid_from', 'valid_to'])
        .orderBy('id')
        .execute(),
      names: await handle.db.selectFrom('unit_names').selectAll().execute(),
      units: await handle.db
        .selectFrom('units')
        .select(['id', 'code', 'closed_on', 'merged_into'])
        .orderBy('id')
        .execute(),
    });
    const rowsBefore = await datedRows();
    const input = reorg(
      FUTURE,
      {
        type: 'merge',
        sources: [t.districtA.code, t.districtB.code],
        into: `f-${t.province.code}`,
        newUnit: { name: 'Hội CTĐ phường Tương Lai', kind: 'commune', parentCode: t.province.code },
      },
      { type: 'rename', unit: t.board.code, name: 'Ban Truyền thông' },
    );
    const preview = await t.api.reorganisations.preview(input);
    if (!preview.ok) throw new Error('refused');
    const planned = await t.api.reorganisations.applyAll({
      reorganisation: input,
      versions: preview.versions,
    });
    expect(planned).toMatchObject({ status: 'planned', canCancel: true });
    expect((await treeOf(t)).units.map((u) => [u.id, u.parentId, u.name])).toEqual(
      treeToday.units.map((u) => [u.id, u.parentId, u.name]),
    );
    expect((await treeOf(t, FUTURE)).units.some((u) => u.code === `f-${t.province.code}`)).toBe(
      true,
    );
    const stale = await refusal(
      t.api.reorganisations.cancel({ id: planned.id, version: planned.version + 1 }),
    );
    expect(stale.code).toBe('CONFLICT');
    const cancelled = await t.api.reorganisations.cancel({
      id: planned.id,
      version: planned.version,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', canCancel: false });
    expect(await datedRows()).toEqual(rowsBefore);
    const again = await refusal(
      t.api.reorganisations.cancel({ id: planned.id, version: cancelled.version }),
    );
    expect(again.code).toBe('CONFLICT');
  });

  it('refuses to cancel one whose date has come, and to apply before a later planned change', async () => {
    const t = await province();
    const later = reorg(FUTURE, { type: 'rename', unit: t.districtA.code, name: 'Tên sau' });
    const p1 = await t.api.reorganisations.preview(later);
    if (!p1.ok) throw new Error('refused');
    await t.api.reorganisations.applyAll({ reorganisation: later, versions: p1.versions });
    const earlier = reorg(PAST, { type: 'rename', unit: t.districtA.code, name: 'Tên trước' });
    const p2 = await t.api.reorganisations.preview(earlier);
    if (!p2.ok) throw new Error('refused');
    expect(
      (
        await refusal(
          t.api.reorganisations.applyAll({ reorganisation: earlier, versions: p2.versions }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    const past = reorg(PAST, { type: 'rename', unit: t.districtB.code, name: 'Đã qua' });
    const p3 = await t.api.reorganisations.preview(past);
    if (!p3.ok) throw new Error('refused');
    const applied = await t.api.reorganisations.applyAll({
      reorganisation: past,
      versions: p3.versions,
    });
    expect(
      (await refusal(t.api.reorganisations.cancel({ id: applied.id, version: applied.version })))
        .code,
    ).toBe('CONFLICT');
    expect(codeOf(await treeOf(t), t.districtB.id)).toBe(t.districtB.code);
  });
});
