// Provinces as tenants (decision 20), beyond the generated matrix: an administrator of one
// province reaches nothing of another, not in a batch, not through a file, the audit log,
// a user account or the plan; Central reads both and writes neither (only Central's own
// campaigns); a merged province's history belongs to the province it merged into.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { closeUnit } from '../services/close-unit.js';
import { callerAs, sessionUserOf } from '../test/caller.js';
import { adoptPlanFor, createProvince, createUnit, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { amendmentInput } from '../test/scope-rows.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let a: Awaited<ReturnType<typeof createProvince>>;
let b: Awaited<ReturnType<typeof createProvince>>;
let adminA: User;
let adminB: User;
let national: User;
let cookieA: string;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  a = await createProvince(handle.db);
  b = await createProvince(handle.db);
  adminA = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
  adminB = await createUser(handle.db, { role: 'admin', unitId: b.province.id });
  national = await createUser(handle.db, { role: 'national', unitId: a.province.id });
  cookieA = sessionCookie(await signIn(app, adminA.email));
  // A runs plan 48 (as An Giang does), B a copy of its own: each amends only its own.
  await adoptPlanFor(handle.db, a.province.id);
  await handle.db
    .insertInto('plan_adoptions')
    .values({
      province_id: b.province.id,
      plan_id: 'KH-B-mau',
      template_plan_id: '48/KH-CTĐKG',
      adopted_on: '2025-01-01',
    })
    .execute();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function batch(cookie: string, calls: [string, unknown][], method: 'POST' | 'GET') {
  const paths = calls.map(([path]) => path).join(',');
  const inputs = Object.fromEntries(calls.map(([, input], i) => [String(i), input]));
  const query = method === 'GET' ? `&input=${encodeURIComponent(JSON.stringify(inputs))}` : '';
  const response = await app.inject({
    method,
    url: `/trpc/${paths}?batch=1${query}`,
    headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
    payload: method === 'POST' ? inputs : undefined,
  });
  const answers = response.json() as { error?: { data: { code: string } } }[];
  return answers.map((answer) => (answer.error ? answer.error.data.code : 'OK'));
}

const save = (unitId: string) => ({
  unitId,
  indicator: 'CT-05' as const,
  periodKey: '2025',
  claimsMet: true,
  note: 'Đã làm',
  links: [],
  version: null,
});
const rowsOf = async (table: 'reports' | 'users' | 'training_courses', unitId: string) =>
  handle.db.selectFrom(table).select('id').where('unit_id', '=', unitId).execute();

describe("an administrator never reaches another province's", () => {
  it('units in a mixed batch of writes: only its own province is written', async () => {
    const answers = await batch(
      cookieA,
      [
        ['reports.save', save(a.districtA.id)],
        ['reports.save', save(b.districtA.id)],
        [
          'units.rename',
          { unitId: b.districtB.id, version: 1, name: 'Đổi tên', effectiveOn: '2026-06-01' },
        ],
        [
          'users.create',
          {
            email: 'x@b.vn',
            name: 'X',
            role: 'viewer',
            unitId: b.communeA.id,
            password: 'Mat-khau-rat-dai-2025',
          },
        ],
        [
          'units.create',
          {
            code: 'b-new',
            name: 'Mới',
            kind: 'grassroots',
            parentId: b.districtA.id,
            openedOn: '2025-01-01',
          },
        ],
        [
          'units.move',
          {
            unitId: a.communeA.id,
            version: 1,
            parentId: b.districtA.id,
            effectiveOn: '2026-01-01',
          },
        ],
      ],
      'POST',
    );
    expect(answers).toEqual([
      'OK',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect(await rowsOf('reports', b.districtA.id)).toEqual([]);
    expect(await rowsOf('users', b.communeA.id)).toEqual([]);
    const renamed = await handle.db
      .selectFrom('units')
      .select(['name', 'version'])
      .where('id', '=', b.districtB.id)
      .executeTakeFirstOrThrow();
    expect(renamed.version).toBe(1);
  });

  it('units in a mixed batch of reads, by id', async () => {
    const answers = await batch(
      cookieA,
      [
        ['compliance.unit', { unitId: a.communeA.id }],
        ['compliance.unit', { unitId: b.communeA.id }],
        ['compliance.matrix', { rootId: b.province.id }],
        ['records.ofUnit', { unitId: b.districtA.id }],
        ['compliance.deadlines', { rootId: b.province.id }],
      ],
      'GET',
    );
    expect(answers).toEqual(['OK', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('tree, users or audit events', async () => {
    const callerB = await callerAs(handle.db, adminB);
    await callerB.reports.save(save(b.communeB.id));
    const caller = await callerAs(handle.db, adminA);
    const ofB = new Set(Object.values(b).map((u) => u.id));
    // Every unit the picker may find (a page of 50 covers both small provinces): none of B's.
    const found = await caller.units.search({ limit: 50 });
    expect(found.items.map((u) => u.id)).toContain(a.communeA.id);
    expect(found.items.filter((u) => ofB.has(u.id))).toEqual([]);
    expect((await caller.units.children()).parentId).toBe(a.province.id);
    const { items: users } = await caller.users.list({ limit: 200 });
    expect(users.map((u) => u.email)).toContain(adminA.email);
    expect(users.map((u) => u.email)).not.toContain(adminB.email);
    const { items: events } = await caller.audit.list({ limit: 200 });
    expect(events.some((e) => e.actorName === adminB.name)).toBe(false);
    const { items: eventsOfB } = await callerB.audit.list({ limit: 200 });
    expect(eventsOfB.some((e) => e.action === 'report.save' || e.actorName === adminB.name)).toBe(
      true,
    );
  });

  it('evidence files', async () => {
    const report = await handle.db
      .insertInto('reports')
      .values({
        unit_id: b.districtB.id,
        indicator: 'CT-01',
        period_key: '2025',
        status: 'draft',
        claims_met: true,
        note: '',
        links: '[]',
        created_by: adminB.id,
        updated_by: adminB.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const file = await handle.db
      .insertInto('report_files')
      .values({
        report_id: report.id,
        file_name: 'minh-chung.pdf',
        content_type: 'application/pdf',
        size_bytes: 4,
        sha256: '0'.repeat(64),
        data: new Uint8Array([37, 80, 68, 70]),
        uploaded_by: adminB.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const asA = await app.inject({ url: `/files/${file.id}`, headers: { cookie: cookieA } });
    expect(asA.statusCode).toBe(404);
    const cookieB = sessionCookie(await signIn(app, adminB.email));
    const asB = await app.inject({ url: `/files/${file.id}`, headers: { cookie: cookieB } });
    expect(asB.statusCode).toBe(200);
  });

  it("accounts, and Central's role", async () => {
    const caller = await callerAs(handle.db, adminA);
    await expect(
      caller.users.update({ id: adminB.id, version: adminB.version, name: 'Khác' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      caller.users.create({
        email: 'tw@a.vn',
        name: 'Trung ương',
        role: 'national',
        unitId: a.province.id,
        password: 'Mat-khau-rat-dai-2025',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rowsOf('users', a.province.id)).toHaveLength(2);
  });

  it('plan: each province amends its own, and sees only its own amendments', async () => {
    const callerA = await callerAs(handle.db, adminA);
    const callerB = await callerAs(handle.db, adminB);
    const recorded = await callerB.plan.recordAmendment(amendmentInput());
    const row = await handle.db
      .selectFrom('plan_amendments')
      .select('plan_id')
      .where('id', '=', recorded.id)
      .executeTakeFirstOrThrow();
    expect(row.plan_id).toBe('KH-B-mau');
    expect((await callerA.plan.amendments()).map((x) => x.id)).not.toContain(recorded.id);
    expect((await callerB.plan.amendments()).map((x) => x.id)).toContain(recorded.id);
    await expect(
      callerA.plan.withdrawAmendment({ id: recorded.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('Central (national)', () => {
  it('reads every province and writes none', async () => {
    const caller = await callerAs(handle.db, national);
    expect((await caller.compliance.unit({ unitId: b.communeA.id })).relation).toBe(
      'other-province',
    );
    const { items } = await caller.units.provinces({ limit: 200 });
    const ids = new Set(items.map((u) => u.id));
    expect(ids.has(a.province.id) && ids.has(b.province.id)).toBe(true);
    const inB = await caller.units.search({ underUnitId: b.province.id, limit: 50 });
    expect(inB.items.map((u) => u.id)).toContain(b.communeB.id);
    await expect(
      caller.reports.submit({ reportId: a.province.id, version: 1 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      caller.units.rename({
        unitId: b.districtA.id,
        version: 1,
        name: 'Không được',
        effectiveOn: '2026-06-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("writes Central's own campaigns, which every province reads and none edits", async () => {
    const campaign = (id: string | null, version: number | null, title: string) => ({
      id,
      version,
      title,
      kind: 'campaign' as const,
      organiser: 'central' as const,
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
      targetKinds: ['commune' as const],
    });
    const asCentral = await callerAs(handle.db, national);
    const made = await asCentral.records.saveCampaign(campaign(null, null, 'Ngày Chữ thập đỏ'));
    expect(made.province_id).toBeNull();
    const edited = await asCentral.records.saveCampaign(
      campaign(made.id, made.version, 'Ngày Chữ thập đỏ 8/5'),
    );
    expect(edited.version).toBe(2);
    for (const admin of [adminA, adminB]) {
      const caller = await callerAs(handle.db, admin);
      expect((await caller.records.campaigns({ limit: 200 })).items.map((c) => c.id)).toContain(
        made.id,
      );
      await expect(
        caller.records.saveCampaign(campaign(made.id, edited.version, 'Sửa trái phép')),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // A province's campaign: its board writes it, Central does not.
    const own = await (await callerAs(handle.db, adminA)).records.saveCampaign(
      campaign(null, null, 'Tháng Nhân đạo tỉnh A'),
    );
    expect(own.province_id).toBe(a.province.id);
    await expect(
      asCentral.records.saveCampaign(campaign(own.id, own.version, 'Trung ương sửa')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await callerAs(handle.db, adminB)).records.saveCampaign(
        campaign(own.id, own.version, 'Tỉnh B sửa'),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const titles = await handle.db
      .selectFrom('campaigns')
      .select('title')
      .where('id', 'in', [made.id, own.id])
      .orderBy('title')
      .execute();
    expect(titles.map((t) => t.title)).toEqual(['Ngày Chữ thập đỏ 8/5', 'Tháng Nhân đạo tỉnh A']);
  });
});

describe('a province merged into another', () => {
  it('belongs, with its history, to the province it merged into', async () => {
    const old = await createUnit(handle.db, { kind: 'province', openedOn: '2022-01-01' });
    const ward = await createUnit(handle.db, { kind: 'district', parentId: old.id });
    const oldAdmin = await createUser(handle.db, { role: 'admin', unitId: old.id });
    const actor = await sessionUserOf(handle.db, oldAdmin);
    await closeUnit(handle.db, actor, {
      unitId: ward.id,
      version: 1,
      closedOn: '2025-07-01',
      mergedIntoId: a.districtA.id,
    });
    await closeUnit(handle.db, actor, {
      unitId: old.id,
      version: 1,
      closedOn: '2025-07-01',
      mergedIntoId: a.province.id,
    });
    const tenants = await handle.db
      .selectFrom('unit_tenants')
      .select(['unit_id', 'tenant_id'])
      .where('unit_id', 'in', [old.id, ward.id])
      .execute();
    expect(tenants.map((t) => t.tenant_id)).toEqual([a.province.id, a.province.id]);
    const callerA = await callerAs(handle.db, adminA);
    const page = await callerA.compliance.unit({ unitId: ward.id, asOf: '2025-06-30' });
    expect(page.unit.id).toBe(ward.id);
    const callerB = await callerAs(handle.db, adminB);
    await expect(
      callerB.compliance.unit({ unitId: ward.id, asOf: '2025-06-30' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
