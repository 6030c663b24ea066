import { todayInVietnam } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { code?: string }) => e.code,
  );

describe("loadReportTarget follows today's tree", () => {
  it('moves a commune from one district to another: only the new district may write', async () => {
    const db = handle.db;
    const tree = await createProvince(db);
    const cadreA = await sessionUserOf(
      db,
      await createUser(db, { role: 'cadre', unitId: tree.districtA.id }),
    );
    const cadreB = await sessionUserOf(
      db,
      await createUser(db, { role: 'cadre', unitId: tree.districtB.id }),
    );
    expect(
      await outcome(
        loadReportTarget(
          db,
          cadreA,
          { unitId: tree.communeA.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('OK');
    await db
      .updateTable('unit_links')
      .set({ valid_to: today })
      .where('unit_id', '=', tree.communeA.id)
      .execute();
    await db
      .insertInto('unit_links')
      .values({ unit_id: tree.communeA.id, parent_id: tree.districtB.id, valid_from: today })
      .execute();
    expect(
      await outcome(
        loadReportTarget(
          db,
          cadreA,
          { unitId: tree.communeA.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await outcome(
        loadReportTarget(
          db,
          cadreB,
          { unitId: tree.communeA.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('OK');
    expect(
      await outcome(
        loadReportTarget(
          db,
          cadreA,
          { unitId: tree.province.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it("a closed unit is no one's to write, and its former cadre writes nothing", async () => {
    const db = handle.db;
    const tree = await createProvince(db);
    const closed = await createUnit(db, {
      kind: 'district',
      parentId: tree.province.id,
      closedOn: today,
    });
    const cadre = await sessionUserOf(
      db,
      await createUser(db, { role: 'cadre', unitId: closed.id }),
    );
    expect(
      await outcome(
        loadReportTarget(
          db,
          cadre,
          { unitId: closed.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('NOT_FOUND');
    const viewer = await sessionUserOf(
      db,
      await createUser(db, { role: 'viewer', unitId: tree.districtA.id }),
    );
    expect(
      await outcome(
        loadReportTarget(
          db,
          viewer,
          { unitId: tree.districtA.id, indicator: 'CT-05', periodKey: '2025' },
          today,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
