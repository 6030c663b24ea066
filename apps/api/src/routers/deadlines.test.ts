import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
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
      (await asCadre.compliance.deadlines({ asOf: '2025-02-01' })).filter(
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
