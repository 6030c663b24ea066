import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../seed/index.js';
import { callerAs } from '../test/caller.js';
import { sealAndVerify } from '../test/seal-and-verify.js';
import { openTestDb } from '../test/test-db.js';
import { apply2025Reform } from './apply-2025-reform.js';
import { getHierarchy } from './get-hierarchy.js';
import { sessionUserOfAdmin } from './session-user-of-admin.js';

describe('the 1 July 2025 reform on the demo data', () => {
  it('gives each date its own tree and keeps what was recorded before', async () => {
    const handle = await openTestDb();
    try {
      const db = handle.db;
      // The demo seeds the reform as history; this replays it on the demo as it was before.
      await seedIfEmpty(db, {
        isDemo: true,
        today: '2026-06-15',
        demoPasswordHash: 'not-a-real-hash',
        isUntilReform: true,
      });
      const reportsBefore = await db
        .selectFrom('reports')
        .select(['id', 'unit_id'])
        .orderBy('id')
        .execute();
      const result = await apply2025Reform(db, await sessionUserOfAdmin(db));
      expect(result).toMatchObject({ closed: 16 });

      const june = await getHierarchy(db, '2025-06-30');
      const july = await getHierarchy(db, '2025-07-01');
      expect(june.filter((u) => u.kind === 'district')).toHaveLength(15);
      const kg = june.find((u) => u.code === 'kg');
      expect(june.filter((u) => u.kind === 'district').every((d) => d.parentId === kg?.id)).toBe(
        true,
      );
      expect(july.filter((u) => u.kind === 'district')).toHaveLength(0);
      expect(july.some((u) => u.code === 'kg')).toBe(false);
      const ward = july.find((u) => u.code === 'kg-rach-gia-an-hoa');
      expect(july.find((u) => u.id === ward?.parentId)?.code).toBe('ag');
      const merged = await db
        .selectFrom('units')
        .select(['code', 'merged_into'])
        .where('code', '=', 'kg-rach-gia')
        .executeTakeFirstOrThrow();
      expect(merged.merged_into).toBe(result.provinceId);
      expect(
        await db.selectFrom('reports').select(['id', 'unit_id']).orderBy('id').execute(),
      ).toEqual(reportsBefore);

      // The province dashboard as of the day before still shows the 15 districts.
      const admin = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'admin@demo.lantoa.vn')
        .executeTakeFirstOrThrow();
      const before = await (await callerAs(db, admin)).compliance.matrix({
        rootId: june.find((u) => u.code === 'kg')?.id,
        asOf: '2025-06-30',
      });
      expect(before.rollups.find((r) => r.indicator === 'CT-03')?.label.vi).toMatch(
        /\/15 huyện, thành Hội/,
      );
      // Without a root, each date's dashboard starts at that date's province.
      const caller = await callerAs(db, admin);
      expect((await caller.compliance.matrix({ asOf: '2025-06-30' })).root.code).toBe('kg');
      expect((await caller.compliance.matrix({ asOf: '2025-07-01' })).root.code).toBe('ag');
      // The districts' duties pass to commune-level chapters with the reform.
      const amendments = await caller.plan.amendments();
      expect(amendments).toEqual([
        expect.objectContaining({ effectiveOn: '2025-07-01', isSample: true, isInForce: true }),
      ]);
      expect(amendments[0]?.legalBasis.number).toMatch(/\(mẫu\)$/);
      const after = await caller.compliance.matrix({ asOf: '2025-07-01' });
      expect(after.rollups.find((r) => r.indicator === 'CT-01')?.label.vi).toMatch(
        /Hội CTĐ xã, phường, đặc khu/,
      );
      expect(await sealAndVerify(db)).toMatchObject({ isValid: true, unsealed: 0 });
    } finally {
      await handle.close();
    }
    // The demo's bootstrap and a reform of ~200 units: well over the default 30 s on a busy machine.
  }, 120_000);
});
