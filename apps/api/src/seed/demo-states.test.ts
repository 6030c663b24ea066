// The demo exists to show the product: its dashboard must show every compliance state.
import { COMPLIANCE_STATES } from '@lantoa/domain';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { callerAs, TEST_NOW } from '../test/caller.js';
import { openTestDb } from '../test/test-db.js';

describe('demo data', () => {
  // "Due soon" needs a deadline within 30 days: the plan's deadlines fall on 31/12, so the
  // check looks at a December day; the previous year supplies "not met" (a year that ended).
  // The demo is today's An Giang with its commune-level chapters; before 1 July 2025 it is
  // Kiên Giang with its 15 districts, and the amendment moving the districts' duties to the
  // chapters took effect that day.
  it('makes the province dashboard show every state across this year and last', async () => {
    const handle = await openTestDb();
    try {
      await bootstrap(
        handle.db,
        loadConfig({
          DATABASE_URL: 'postgres://unused/lantoa',
          LANTOA_DEMO: '1',
          LANTOA_DEMO_PASSWORD: 'Demo-Password-2025',
        }),
        TEST_NOW,
      );
      const admin = await handle.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'admin@demo.lantoa.vn')
        .executeTakeFirstOrThrow();
      const caller = await callerAs(handle.db, admin);
      const year = TEST_NOW.getUTCFullYear();
      const asOf = `${year}-12-10`;
      const matrix = await caller.compliance.matrix({ year, asOf });
      const lastYear = await caller.compliance.matrix({ year: year - 1, asOf });
      const beforeReform = await caller.compliance.matrix({ asOf: '2025-06-30' });
      const states = new Set(
        [matrix, lastYear, beforeReform]
          .flatMap((m) => [m.self, ...m.rows])
          .flatMap((row) => Object.values(row.cells).map((cell) => cell.state)),
      );
      expect([...states].sort()).toEqual([...COMPLIANCE_STATES].sort());
      const ct03 = (m: typeof matrix) => m.rollups.find((r) => r.indicator === 'CT-03')?.label.vi;
      expect(ct03(beforeReform)).toMatch(/^\d+\/15 huyện, thành Hội \(\d+%\)$/);
      expect(ct03(matrix)).toMatch(/^\d+\/34 Hội CTĐ xã, phường, đặc khu \(\d+%\)$/);
      expect(beforeReform.root.name).toBe('Hội Chữ thập đỏ tỉnh Kiên Giang');
      expect(matrix.root.name).toBe('Hội Chữ thập đỏ tỉnh An Giang');
      expect(await caller.plan.amendments()).toEqual([
        expect.objectContaining({ effectiveOn: '2025-07-01', isSample: true, isInForce: true }),
      ]);
    } finally {
      await handle.close();
    }
  }, 90_000);
});
