// A province's đôn đốc rules (issue 13): its administrators read the defaults, change them
// with a version (a stale one is a CONFLICT carrying the current rules), and the change
// is audited; another province's administrator reads and writes only their own province's
// rules; every other role is refused; invalid rules are refused with bilingual messages.
import { DEFAULT_NOTICE_RULES, SCHEMA_MESSAGES } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let kienGiang: Awaited<ReturnType<typeof createProvince>>;
let caMau: Awaited<ReturnType<typeof createProvince>>;

beforeAll(async () => {
  handle = await openTestDb();
  kienGiang = await createProvince(handle.db);
  caMau = await createProvince(handle.db);
});
afterAll(() => handle.close());

const changed = { ...DEFAULT_NOTICE_RULES, dueSoonDays: [10, 3], overdueWindowDays: 60 };

describe('a province’s notice rules', () => {
  it('start as the defaults, change with a version, and a stale version is a CONFLICT', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: kienGiang.province.id });
    const asAdmin = await callerAs(handle.db, admin);
    expect(await asAdmin.notices.rules()).toEqual({ rules: DEFAULT_NOTICE_RULES, version: 0 });
    const saved = await asAdmin.notices.saveRules({ rules: changed, version: 0 });
    expect(saved).toEqual({ rules: changed, version: 1 });
    await expect(
      asAdmin.notices.saveRules({ rules: DEFAULT_NOTICE_RULES, version: 0 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { details: { current: saved } } });
    const audit = await handle.db
      .selectFrom('audit_event')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', kienGiang.province.id)
      .where('action', '=', 'notice.rules')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('are each province’s own: Cà Mau’s administrator neither sees nor changes Kiên Giang’s', async () => {
    const other = await createUser(handle.db, { role: 'admin', unitId: caMau.province.id });
    const asOther = await callerAs(handle.db, other);
    expect(await asOther.notices.rules()).toEqual({ rules: DEFAULT_NOTICE_RULES, version: 0 });
    await asOther.notices.saveRules({ rules: { ...changed, overdueWindowDays: 90 }, version: 0 });
    const kgAdmin = await createUser(handle.db, { role: 'admin', unitId: kienGiang.province.id });
    expect((await (await callerAs(handle.db, kgAdmin)).notices.rules()).rules).toEqual(changed);
  });

  it('refuse every role but the administrators, and write nothing', async () => {
    const before = await handle.db.selectFrom('notice_settings').selectAll().execute();
    for (const [role, unitId] of [
      ['reviewer', kienGiang.province.id],
      ['cadre', kienGiang.districtA.id],
      ['viewer', kienGiang.districtA.id],
      ['national', kienGiang.province.id],
    ] as const) {
      const caller = await callerAs(handle.db, await createUser(handle.db, { role, unitId }));
      await expect(caller.notices.rules()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        caller.notices.saveRules({ rules: DEFAULT_NOTICE_RULES, version: 1 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await handle.db.selectFrom('notice_settings').selectAll().execute()).toEqual(before);
  });

  it('refuse rules out of order, with the message in both languages', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: caMau.province.id });
    const asAdmin = await callerAs(handle.db, admin);
    const bad = { ...DEFAULT_NOTICE_RULES, overdueDays: { cadres: 7, reviewers: 1, admins: 30 } };
    await expect(asAdmin.notices.saveRules({ rules: bad, version: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(SCHEMA_MESSAGES.overdueOrder.en).toMatch(/cadres ≤ reviewers/);
  });
});
