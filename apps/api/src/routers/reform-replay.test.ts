// The 1 July 2025 reform replayed through the API, as an administrator would: the tree of
// the date, the preview, the apply, and the province as of 30/06/2025 exactly as before.
import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../seed/index.js';
import { reform2025Reorganisation } from '../services/reform-2025-reorganisation.js';
import { callerAs } from '../test/caller.js';
import { sealAndVerify } from '../test/seal-and-verify.js';
import { openTestDb } from '../test/test-db.js';
import { provinceTree } from '../test/unit-tree.js';

const figures = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'closedOn' || key === 'version' ? undefined : v)),
  );

describe('the 2025 reform through the API', () => {
  it('merges Kiên Giang and its districts into An Giang at once, leaving 30/06/2025 as it was', async () => {
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
      const admin = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'admin@demo.lantoa.vn')
        .executeTakeFirstOrThrow();
      const api = await callerAs(db, admin);
      const june = await api.compliance.matrix({ asOf: '2025-06-30' });
      const count = async () =>
        Promise.all(
          (['reports', 'stories', 'training_courses', 'code_of_conduct_sessions'] as const).map(
            (t) => db.selectFrom(t).select(['id', 'unit_id']).orderBy('id').execute(),
          ),
        );
      const rowsBefore = await count();
      const input = reform2025Reorganisation(
        (await provinceTree(db, admin.unit_id, '2025-07-01')).units,
      );
      if (!input) throw new Error('no Kiên Giang in the demo');
      const preview = await api.reorganisations.preview(input);
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      expect(preview.effects.closed).toHaveLength(16);
      expect(preview.effects.created.map((u) => u.code)).toEqual(['ag']);
      expect(preview.after.filter((u) => u.kind === 'district')).toEqual([]);
      const reportsHeld = preview.touched.reduce((n, u) => n + u.reports, 0);
      expect(reportsHeld).toBeGreaterThan(0);

      const applied = await api.reorganisations.applyAll({
        reorganisation: input,
        versions: preview.versions,
      });
      expect(applied).toMatchObject({ status: 'applied', effectiveOn: '2025-07-01' });
      const july = await provinceTree(db, admin.unit_id, '2025-07-01');
      const ag = july.units.find((u) => u.code === 'ag');
      expect(july.units.some((u) => u.kind === 'district' || u.code === 'kg')).toBe(false);
      expect(july.units.find((u) => u.code === 'kg-rach-gia-an-hoa')?.parentId).toBe(ag?.id);
      expect(figures(await api.compliance.matrix({ asOf: '2025-06-30' }))).toEqual(figures(june));
      expect((await api.compliance.matrix({ asOf: '2025-07-01' })).root.code).toBe('ag');
      expect(await count()).toEqual(rowsBefore);

      // Applied once: Kiên Giang no longer exists on the date, so a replay is refused whole.
      await expect(
        api.reorganisations.applyAll({ reorganisation: input, versions: preview.versions }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect((await api.reorganisations.list()).map((r) => r.id)).toEqual([applied.id]);
      expect(await sealAndVerify(db)).toMatchObject({ isValid: true, unsealed: 0 });
    } finally {
      await handle.close();
    }
  }, 120_000);
});
