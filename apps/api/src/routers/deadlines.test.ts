import { todayInVietnam } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { recordPlanAmendment } from '../services/record-plan-amendment.js';
import { reform2025Amendment } from '../services/reform-2025-amendment.js';
import { callerAs, sessionUserOf, TEST_NOW } from '../test/caller.js';
import { adoptPlanFor, createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
});
afterAll(() => handle.close());

describe('reporting deadlines', () => {
  it('a recorded submission takes the deadline off the overdue list, in scope only', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const overdue = async () =>
      (await asCadre.compliance.deadlines({ asOf: '2025-02-01' })).items.filter(
        (d) => d.deadlineId === 'own-plan' && d.unitId === tree.districtA.id,
      );
    expect(await overdue()).toEqual([
      expect.objectContaining({ state: 'overdue', due: '2025-01-10' }),
    ]);
    const input = {
      unitId: tree.districtA.id,
      deadlineId: 'own-plan',
      submittedOn: '2025-01-08',
      link: 'https://example.vn/ke-hoach.pdf',
      note: '',
    };
    await asCadre.compliance.submitDeadline(input);
    expect(await overdue()).toEqual([]);
    await expect(
      asCadre.compliance.submitDeadline({ ...input, unitId: tree.districtB.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      asCadre.compliance.submitDeadline({ ...input, deadlineId: 'final-review' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const viewer = await createUser(handle.db, { role: 'viewer', unitId: tree.districtA.id });
    await expect(
      (await callerAs(handle.db, viewer)).compliance.submitDeadline(input),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the deadlines on a unit page', () => {
  it('lists what the unit owes with what it recorded of sending it', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const page = await asCadre.compliance.unit({ unitId: tree.districtA.id, asOf: '2025-03-01' });
    const ownPlan = page.deadlines.find((d) => d.id === 'own-plan');
    expect(ownPlan).toMatchObject({
      due: '2025-01-10',
      submission: { submittedOn: '2025-01-08', link: 'https://example.vn/ke-hoach.pdf' },
    });
    expect(page.deadlines.find((d) => d.id === 'annual-report-2025')?.submission).toBeNull();
    // As of a day before it was sent, it had not been sent.
    const before = await asCadre.compliance.unit({ unitId: tree.districtA.id, asOf: '2025-01-05' });
    expect(before.deadlines.find((d) => d.id === 'own-plan')?.submission).toBeNull();
    // A grassroots unit owes none of the plan's reporting deadlines.
    const grassroots = await asCadre.compliance.unit({ unitId: tree.communeA.id });
    expect(grassroots.deadlines).toEqual([]);
  });

  it('judges a submission by the plan in force the day it was sent (the 2025 amendment)', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const commune = await createUnit(handle.db, {
      kind: 'commune',
      parentId: tree.province.id,
      openedOn: '2025-07-01',
    });
    // The province runs plan 48 (as An Giang does), so its administrator may amend it.
    await adoptPlanFor(handle.db, tree.province.id);
    await recordPlanAmendment(
      handle.db,
      await sessionUserOf(handle.db, admin),
      reform2025Amendment(),
      {
        today: todayInVietnam(TEST_NOW),
      },
    );
    const asAdmin = await callerAs(handle.db, admin);
    const input = {
      unitId: commune.id,
      deadlineId: 'annual-report-2025',
      submittedOn: '2025-12-10',
      link: null,
      note: 'Gửi qua Ban Tuyên huấn',
    };
    await asAdmin.compliance.submitDeadline(input);
    const page = await asAdmin.compliance.unit({ unitId: commune.id, asOf: '2025-12-20' });
    expect(page.deadlines.find((d) => d.id === 'annual-report-2025')?.submission).toMatchObject({
      submittedOn: '2025-12-10',
      note: 'Gửi qua Ban Tuyên huấn',
    });
    // Before the amendment took effect no deadline bound a commune-level chapter.
    await expect(
      asAdmin.compliance.submitDeadline({
        ...input,
        deadlineId: 'own-plan',
        submittedOn: '2025-01-08',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
