import { todayInVietnam } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/sessions.js';
import type { DbHandle } from '../db/create-db.js';
import { sessionUserOf } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { loadReportTarget } from './load-report-target.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const today = todayInVietnam(new Date());

/** 'OK', or the error code with which `user` is refused a report on `unitId` today. */
const canWrite = (user: SessionUser, unitId: string) =>
  loadReportTarget(handle.db, user, { unitId, indicator: 'CT-05', periodKey: '2025' }, today).then(
    () => 'OK',
    (e: { code?: string }) => e.code,
  );

const userAt = async (role: 'cadre' | 'viewer', unitId: string) =>
  sessionUserOf(handle.db, await createUser(handle.db, { role, unitId }));

describe("loadReportTarget follows today's tree", () => {
  it('moves a commune from one district to another: only the new district may write', async () => {
    const db = handle.db;
    const tree = await createProvince(db);
    const cadreA = await userAt('cadre', tree.districtA.id);
    const cadreB = await userAt('cadre', tree.districtB.id);
    expect(await canWrite(cadreA, tree.communeA.id)).toBe('OK');
    await db
      .updateTable('unit_links')
      .set({ valid_to: today })
      .where('unit_id', '=', tree.communeA.id)
      .execute();
    await db
      .insertInto('unit_links')
      .values({ unit_id: tree.communeA.id, parent_id: tree.districtB.id, valid_from: today })
      .execute();
    expect(await canWrite(cadreA, tree.communeA.id)).toBe('NOT_FOUND');
    expect(await canWrite(cadreB, tree.communeA.id)).toBe('OK');
    expect(await canWrite(cadreA, tree.province.id)).toBe('NOT_FOUND');
  });

  it("a closed unit is no one's to write, and its former cadre writes nothing", async () => {
    const tree = await createProvince(handle.db);
    const closed = await createUnit(handle.db, {
      kind: 'district',
      parentId: tree.province.id,
      closedOn: today,
    });
    expect(await canWrite(await userAt('cadre', closed.id), closed.id)).toBe('NOT_FOUND');
    expect(await canWrite(await userAt('viewer', tree.districtA.id), tree.districtA.id)).toBe(
      'FORBIDDEN',
    );
  });
});
