// The rows that name their unit (decision 38): stories, appeals, drives, ambassadors and
// accounts answer each row's unit name from the server, as the unit is called today (a
// dated rename counts from its day, not before), so no screen loads the tree to name a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { createAppeal, createDrive } from '../test/giving-factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let admin: User;
let renamed: { id: string };
let later: { id: string };

beforeAll(async () => {
  handle = await openTestDb();
  const p = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: p.province.id });
  // Renamed before the tests' today (2026-06-15), and one renamed only after it.
  renamed = await createUnit(handle.db, {
    kind: 'district',
    parentId: p.province.id,
    name: 'Huyện Cũ',
  });
  later = await createUnit(handle.db, {
    kind: 'district',
    parentId: p.province.id,
    name: 'Huyện Nay',
  });
  await handle.db
    .insertInto('unit_names')
    .values([
      {
        unit_id: renamed.id,
        name: 'Thành phố Mới',
        valid_from: '2025-07-01',
        reorganisation_id: null,
      },
      {
        unit_id: later.id,
        name: 'Huyện Sau Này',
        valid_from: '2027-01-01',
        reorganisation_id: null,
      },
    ])
    .execute();
});
afterAll(() => handle.close());

const api = () => callerAs(handle.db, admin);

describe('rows carry their unit name, as it is today', () => {
  it('stories, in the list and one by one', async () => {
    const story = await handle.db
      .insertInto('stories')
      .values({
        unit_id: renamed.id,
        slug: `bai-${Date.now()}`,
        title: 'Người tốt việc thiện',
        summary: '',
        body_html: '<p>Nội dung</p>',
        cover_image_url: null,
        tags: '[]',
        status: 'draft',
        author_id: admin.id,
        updated_by: admin.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const c = await api();
    const row = (await c.stories.list({})).items.find((s) => s.id === story.id);
    expect(row?.unitName).toBe('Thành phố Mới');
    expect((await c.stories.get({ id: story.id })).unitName).toBe('Thành phố Mới');
  });

  it('appeals and drives', async () => {
    const appeal = await createAppeal(handle.db, later.id);
    const drive = await createDrive(handle.db, renamed.id);
    const c = await api();
    expect((await c.appeals.list()).find((a) => a.id === appeal.id)?.unitName).toBe('Huyện Nay');
    expect((await c.drives.list()).find((d) => d.id === drive.id)?.unitName).toBe('Thành phố Mới');
  });

  it("an ambassador's units and an account's unit", async () => {
    const ambassador = await handle.db
      .insertInto('ambassadors')
      .values({
        province_id: (
          await handle.db
            .selectFrom('unit_tenants')
            .select('tenant_id')
            .where('unit_id', '=', renamed.id)
            .executeTakeFirstOrThrow()
        ).tenant_id,
        name: 'Ca sĩ A',
        field: 'singer',
        channels: '[]',
        photo_url: null,
        contact_email: null,
        contact_phone: null,
        status: 'active',
        term_from: null,
        term_to: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('ambassador_units')
      .values({ ambassador_id: ambassador.id, unit_id: renamed.id, program: 'Tháng Nhân đạo' })
      .execute();
    const cadre = await createUser(handle.db, { role: 'cadre', unitId: renamed.id });
    const c = await api();
    expect((await c.ambassadors.get({ id: ambassador.id })).units.map((u) => u.name)).toEqual([
      'Thành phố Mới',
    ]);
    const users = await c.users.list({ search: cadre.email });
    expect(users.items.map((u) => u.unitName)).toEqual(['Thành phố Mới']);
  });
});
