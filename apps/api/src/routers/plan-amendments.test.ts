import { addDays, type PlanAmendmentInput, todayInVietnam } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs, callerFor, TEST_NOW } from '../test/caller.js';
import { adoptPlanFor, createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let communes: { id: string }[];
const today = todayInVietnam(TEST_NOW);

// The 2025 reform's amendment: CT-01 passes from districts to commune-level chapters.
const REFORM: PlanAmendmentInput = {
  effectiveOn: '2025-07-01',
  legalBasis: {
    number: '15/KH-CTĐ (mẫu)',
    issuedOn: '2025-06-25',
    issuer: 'Hội CTĐ tỉnh An Giang',
  },
  summary: 'Chỉ tiêu của huyện, thành Hội chuyển cho Hội CTĐ xã, phường, đặc khu.',
  changes: [
    {
      type: 'set_unit_kinds',
      indicator: 'CT-01',
      appliesTo: ['commune'],
      rollupKinds: ['commune'],
    },
  ],
};
const future = (): PlanAmendmentInput => ({
  ...REFORM,
  effectiveOn: addDays(today, 30),
  changes: [
    {
      type: 'set_target',
      indicator: 'CT-07',
      target: { vi: 'Hai ấn phẩm', en: 'Two publications' },
    },
  ],
});

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  // The province runs plan 48 (as An Giang does): its administrator amends it.
  await adoptPlanFor(handle.db, tree.province.id);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  const open = { kind: 'commune' as const, parentId: tree.province.id, openedOn: '2025-07-01' };
  communes = [await createUnit(handle.db, open), await createUnit(handle.db, open)];
  await sql`UPDATE units SET closed_on = '2025-07-01' WHERE id IN (${tree.districtA.id}, ${tree.districtB.id})`.execute(
    handle.db,
  );
  const session = (unitId: string, heldOn: string) => ({
    unit_id: unitId,
    held_on: heldOn,
    title: 'Quán triệt',
    participants: 20,
  });
  await handle.db
    .insertInto('code_of_conduct_sessions')
    .values([
      session(tree.districtA.id, '2024-04-02'),
      session((communes[0] as { id: string }).id, '2025-09-15'),
    ])
    .execute();
});
afterAll(() => handle.close());

const ct01 = async (asOf: string) => {
  const matrix = await (await callerAs(handle.db, admin)).compliance.matrix({ asOf });
  return matrix.rollups.find((r) => r.indicator === 'CT-01')?.label.vi;
};
const counts = async () =>
  Promise.all(
    (['reports', 'code_of_conduct_sessions', 'stories'] as const).map(async (table) =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );

describe('plan amendments', () => {
  it('the matrix follows the plan in force: districts before 01/07/2025, communes after, earlier figures unchanged', async () => {
    const asAdmin = await callerAs(handle.db, admin);
    const juneBefore = await asAdmin.compliance.matrix({ asOf: '2025-06-30' });
    const rowsBefore = await counts();
    expect(await ct01('2025-10-01')).toBe('0/0 huyện, thành Hội (—)');
    const changed: string[][] = [];
    const recorded = await (await callerAs(handle.db, admin, changed)).plan.recordAmendment(REFORM);
    expect(recorded).toMatchObject({ effectiveOn: '2025-07-01', isInForce: true, version: 1 });
    expect(changed).toEqual([[]]);
    expect(await ct01('2025-06-30')).toBe('1/2 huyện, thành Hội (50%)');
    expect(await ct01('2025-10-01')).toBe('1/2 Hội CTĐ xã, phường, đặc khu (50%)');
    expect(await asAdmin.compliance.matrix({ asOf: '2025-06-30' })).toEqual(juneBefore);
    expect(await counts()).toEqual(rowsBefore);
    const events = await handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', recorded.id)
      .execute();
    expect(events).toEqual([{ action: 'plan.amend', actor_id: admin.id }]);
    const plan = await asAdmin.plan.get({ asOf: '2025-08-01' });
    expect(plan.indicators.find((i) => i.code === 'CT-01')?.appliesTo).toEqual(['commune']);
    expect((await asAdmin.plan.get({ asOf: '2025-06-01' })).indicators[0]?.appliesTo).toEqual([
      'district',
    ]);
    const detail = await asAdmin.compliance.unit({
      unitId: (communes[0] as { id: string }).id,
      asOf: '2025-10-01',
    });
    expect(detail.evaluations.find((e) => e.indicator === 'CT-01')?.state).toBe('met');
  });

  it('previews which units gain or lose which indicators and how the roll-ups move', async () => {
    const asAdmin = await callerAs(handle.db, admin);
    const preview = await asAdmin.plan.previewAmendment({
      ...REFORM,
      effectiveOn: '2025-08-01',
      changes: [
        {
          type: 'set_unit_kinds',
          indicator: 'CT-05',
          appliesTo: ['province', 'commune'],
          rollupKinds: ['commune'],
        },
      ],
    });
    expect(preview.problems).toEqual([]);
    expect(preview.units.map((u) => [u.unit.id, u.gains, u.loses])).toEqual(
      expect.arrayContaining(communes.map((c) => [c.id, ['CT-05'], []])),
    );
    expect(preview.rollups[0]?.after?.label.vi).toMatch(/^0\/2 Hội CTĐ xã, phường, đặc khu/);
  });

  it('refuses non-administrators, bad input and changes naming nothing in the plan', async () => {
    const cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.province.id });
    for (const user of [cadre, reviewer]) {
      await expect(
        (await callerAs(handle.db, user)).plan.recordAmendment(future()),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(callerFor(handle.db, null).plan.recordAmendment(future())).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const asAdmin = await callerAs(handle.db, admin);
    const bad = [
      { ...future(), changes: [] },
      { ...future(), effectiveOn: '31/12/2026' },
      { ...future(), legalBasis: { ...REFORM.legalBasis, number: '' } },
      {
        ...future(),
        changes: [
          { type: 'set_unit_kinds', indicator: 'CT-01', appliesTo: ['hamlet'], rollupKinds: [] },
        ],
      },
    ];
    for (const input of bad) {
      await expect(asAdmin.plan.recordAmendment(input as PlanAmendmentInput)).rejects.toMatchObject(
        { code: 'BAD_REQUEST' },
      );
    }
    await expect(
      asAdmin.plan.recordAmendment({
        ...future(),
        changes: [{ type: 'retire_indicator', indicator: 'CT-42' }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messages: { vi: 'Kế hoạch không có chỉ tiêu CT-42.' } },
    });
  });

  it('withdraws only what is not yet in force, once, by version', async () => {
    const asAdmin = await callerAs(handle.db, admin);
    const inForce = (await asAdmin.plan.amendments()).find((a) => a.isInForce);
    if (!inForce) throw new Error('the reform amendment is in force');
    await expect(
      asAdmin.plan.withdrawAmendment({ id: inForce.id, version: inForce.version }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const pending = await asAdmin.plan.recordAmendment(future());
    expect(pending.isInForce).toBe(false);
    const tries = await Promise.allSettled([
      asAdmin.plan.withdrawAmendment({ id: pending.id, version: pending.version }),
      (await callerAs(handle.db, admin)).plan.withdrawAmendment({
        id: pending.id,
        version: pending.version,
      }),
    ]);
    expect(tries.map((t) => t.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(tries.find((t) => t.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT' },
    });
    const listed = (await asAdmin.plan.amendments()).find((a) => a.id === pending.id);
    expect(listed?.withdrawnAt).not.toBeNull();
    const plan = await asAdmin.plan.get({ asOf: addDays(today, 40) });
    expect(plan.indicators.find((i) => i.code === 'CT-07')?.target.vi).not.toBe('Hai ấn phẩm');
  });
});
