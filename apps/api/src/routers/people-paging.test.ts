// Users, ambassadors and campaigns page on the server (decision 33): with 1,200+ rows in a
// province, following nextCursor yields exactly the rows in the caller's reach, each once,
// in the list's order, with the filters and search applied by the query; another
// province's rows never appear; a forged or foreign cursor is a 400 in both languages.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScope } from '../access/get-scope.js';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { ambassadorsSheet } from '../services/exports/people-sheets.js';
import { campaignsSheet } from '../services/exports/record-sheets.js';
import type { Cell } from '../services/exports/sheet.js';
import { encodeCursor } from '../services/paging/page-cursor.js';
import { callerAs, sessionUserOf } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let a: Awaited<ReturnType<typeof createProvince>>;
let b: Awaited<ReturnType<typeof createProvince>>;
let adminA: User;
let national: User;

const MANY = 1250;

/** Follows nextCursor to the end; every page within the limit. */
async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  limit: number,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await fetchPage(cursor);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 100);
  return { items, pages };
}

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

async function seedProvince(tag: string, unitIds: string[], provinceId: string, count: number) {
  // Users spread over the province's units; emails sort in a different order from insertion.
  await sql`INSERT INTO users (email, name, role, unit_id, password_hash)
    SELECT ${tag} || '-' || lpad(((n * 7919) % ${count})::text, 5, '0') || '@test.lantoa.vn',
      'Cán bộ ' || ${tag} || ' ' || n, CASE WHEN n % 5 = 0 THEN 'viewer' ELSE 'cadre' END,
      (${unitIds}::uuid[])[1 + n % ${unitIds.length}], 'not-a-hash'
    FROM generate_series(0, ${count - 1}) AS n`.execute(handle.db);
  // Ambassadors: 25 names shared by many (the id breaks the ties), fields and statuses mixed.
  await sql`INSERT INTO ambassadors (name, field, status, province_id)
    SELECT 'Đại sứ ' || ${tag} || ' ' || (n % 25),
      (ARRAY['singer','actor','athlete','creator','journalist','other'])[1 + n % 6],
      (ARRAY['invited','active','paused','ended'])[1 + n % 4], ${provinceId}::uuid
    FROM generate_series(1, ${count}) AS n`.execute(handle.db);
  // Campaigns: many starting the same day (the id breaks the ties).
  await sql`INSERT INTO campaigns (title, kind, organiser, starts_on, ends_on, province_id)
    SELECT 'Chiến dịch ' || ${tag} || ' ' || n, 'campaign', 'province',
      DATE '2025-01-01' + (n % 40), DATE '2025-12-31', ${provinceId}::uuid
    FROM generate_series(1, ${count}) AS n`.execute(handle.db);
}

async function idsWhere(
  table: 'users' | 'ambassadors' | 'campaigns',
  where: ReturnType<typeof sql>,
) {
  const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)} WHERE ${where}`.execute(
    handle.db,
  );
  return rows.rows.map((r) => r.id).sort();
}

beforeAll(async () => {
  handle = await openTestDb();
  a = await createProvince(handle.db);
  b = await createProvince(handle.db);
  adminA = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
  national = await createUser(handle.db, { role: 'national', unitId: a.province.id });
  await createUser(handle.db, { role: 'admin', unitId: b.province.id });
  await seedProvince(
    'a',
    Object.values(a).map((u) => u.id),
    a.province.id,
    MANY,
  );
  await seedProvince(
    'b',
    Object.values(b).map((u) => u.id),
    b.province.id,
    300,
  );
  await sql`INSERT INTO campaigns (title, kind, organiser, starts_on, ends_on, province_id)
    SELECT 'Chiến dịch Trung ương ' || n, 'contest', 'central', DATE '2025-01-01' + (n % 40),
      DATE '2025-12-31', NULL
    FROM generate_series(1, 30) AS n`.execute(handle.db);
}, 180_000);
afterAll(() => handle.close());

describe('users.list', () => {
  it("an administrator pages through every account of the province once, none of the other's", async () => {
    const caller = await callerAs(handle.db, adminA);
    const { items, pages } = await allPages(
      (cursor) => caller.users.list({ limit: 200, cursor }),
      200,
    );
    const expected = await idsWhere(
      'users',
      sql`unit_id = ANY(${Object.values(a).map((u) => u.id)}::uuid[])`,
    );
    expect(expected.length).toBeGreaterThan(MANY);
    expect(pages).toBe(Math.ceil(expected.length / 200));
    expect(idsOf(items)).toHaveLength(expected.length);
    expect([...idsOf(items)].sort()).toEqual(expected);
    expect(items.some((u) => u.email.startsWith('b-'))).toBe(false);
    // In the database's own order (its collation), whatever the page boundaries.
    const ordered = await sql<{ id: string }>`SELECT id FROM users
      WHERE id = ANY(${expected}::uuid[]) ORDER BY email, id`.execute(handle.db);
    expect(idsOf(items)).toEqual(ordered.rows.map((r) => r.id));
  });

  it('applies the role and the search in the query, across pages', async () => {
    const caller = await callerAs(handle.db, adminA);
    const viewers = await allPages(
      (cursor) => caller.users.list({ role: 'viewer', limit: 60, cursor }),
      60,
    );
    expect(viewers.items.length).toBe(MANY / 5);
    expect(viewers.items.every((u) => u.role === 'viewer')).toBe(true);
    // A name fragment, letter case ignored; % is a character, never a wildcard.
    const found = await caller.users.list({ search: 'CáN Bộ A 12' });
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((u) => u.name.toLowerCase().includes('cán bộ a 12'))).toBe(true);
    expect((await caller.users.list({ search: 'b-0' })).items).toEqual([]);
    expect((await caller.users.list({ search: '%' })).items).toEqual([]);
  });

  it('a cadre may not list accounts', async () => {
    const cadre = await createUser(handle.db, { role: 'cadre', unitId: a.districtA.id });
    await expect((await callerAs(handle.db, cadre)).users.list()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('ambassadors.list', () => {
  it("pages through the province's ambassadors once each, namesakes included", async () => {
    const caller = await callerAs(handle.db, adminA);
    const { items } = await allPages(
      (cursor) => caller.ambassadors.list({ limit: 200, cursor }),
      200,
    );
    expect([...idsOf(items)].sort()).toEqual(
      await idsWhere('ambassadors', sql`province_id = ${a.province.id}::uuid`),
    );
    expect(items).toHaveLength(MANY);
    expect(items.some((x) => x.name.includes(' b '))).toBe(false);
  });

  it('filters by field and status in the query', async () => {
    const caller = await callerAs(handle.db, adminA);
    const { items } = await allPages(
      (cursor) =>
        caller.ambassadors.list({ field: 'singer', status: 'invited', limit: 20, cursor }),
      20,
    );
    expect([...idsOf(items)].sort()).toEqual(
      await idsWhere(
        'ambassadors',
        sql`province_id = ${a.province.id}::uuid AND field = 'singer' AND status = 'invited'`,
      ),
    );
    expect(items.length).toBeGreaterThan(20);
  });

  it('Central reads every province, paged', async () => {
    const caller = await callerAs(handle.db, national);
    const { items } = await allPages(
      (cursor) => caller.ambassadors.list({ limit: 200, cursor }),
      200,
    );
    expect(new Set(idsOf(items)).size).toBe(MANY + 300);
  });
});

describe('records.campaigns', () => {
  it("pages the province's campaigns and Central's, newest first, never the other province's", async () => {
    const caller = await callerAs(handle.db, adminA);
    const { items } = await allPages(
      (cursor) => caller.records.campaigns({ limit: 200, cursor }),
      200,
    );
    expect([...idsOf(items)].sort()).toEqual(
      await idsWhere('campaigns', sql`province_id = ${a.province.id}::uuid OR province_id IS NULL`),
    );
    expect(items).toHaveLength(MANY + 30);
    const days = items.map((c) => String(c.starts_on));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('searches titles on the server (the record form picker)', async () => {
    const caller = await callerAs(handle.db, adminA);
    const found = await caller.records.campaigns({ search: 'trung ương 1' });
    expect(found.items.map((c) => c.title).sort()).toEqual(
      ['1', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']
        .map((n) => `Chiến dịch Trung ương ${n}`)
        .sort(),
    );
    expect((await caller.records.campaigns({ search: 'Chiến dịch b' })).items).toEqual([]);
  });
});

/** Every row an export yields, read as a download reads them. */
async function rowsOf(rows: Iterable<Cell[]> | AsyncIterable<Cell[]>) {
  const out: Cell[][] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('exports still hold everything in scope, a page at a time', () => {
  it("ambassadors: every one of the province's, none of the other's", async () => {
    const scope = await getScope(handle.db, await sessionUserOf(handle.db, adminA), '2026-06-15');
    const rows = await rowsOf((await ambassadorsSheet(handle.db, scope, 'vi')).rows);
    expect(rows).toHaveLength(MANY);
    expect(rows.some((r) => String(r[0]).includes(' b '))).toBe(false);
  });

  it("campaigns: the province's and Central's, each once (no unit took part), no other province's", async () => {
    const scope = await getScope(handle.db, await sessionUserOf(handle.db, adminA), '2026-06-15');
    const rows = await rowsOf((await campaignsSheet(handle.db, scope, {}, 'vi')).rows);
    expect(rows).toHaveLength(MANY + 30);
    expect(new Set(rows.map((r) => r[0])).size).toBe(MANY + 30);
    expect(rows.some((r) => String(r[0]).startsWith('Chiến dịch b '))).toBe(false);
  });
});

describe("a participation's campaign", () => {
  it('comes named with the record, so the unit page needs no campaign list', async () => {
    const caller = await callerAs(handle.db, adminA);
    const [first] = (await caller.records.campaigns({ limit: 1 })).items;
    if (!first) throw new Error('no campaign');
    await handle.db
      .insertInto('campaign_participations')
      .values({ campaign_id: first.id, unit_id: a.districtA.id, participated_on: '2025-06-01' })
      .execute();
    const records = await caller.records.ofUnit({ unitId: a.districtA.id });
    expect(records.campaign_participation).toEqual([
      expect.objectContaining({ campaignId: first.id, campaignTitle: first.title }),
    ]);
  });
});

describe('a forged or foreign cursor', () => {
  it('is a 400 in both languages, with no stack, on each list', async () => {
    const asAdmin = await callerAs(handle.db, adminA);
    const [users, ambassadors, campaigns] = await Promise.all([
      asAdmin.users.list({ limit: 1 }),
      asAdmin.ambassadors.list({ limit: 1 }),
      asAdmin.records.campaigns({ limit: 1 }),
    ]);
    const uuid = crypto.randomUUID();
    const cases: [string, string][] = [
      // Another list's real cursor: the key names its list.
      ['users.list', String(ambassadors.nextCursor)],
      ['ambassadors.list', String(campaigns.nextCursor)],
      ['records.campaigns', String(users.nextCursor)],
      // A stories cursor, and shapes no list gives.
      ['users.list', encodeCursor(['2025-01-01 08:00:00+07', uuid])],
      ['ambassadors.list', encodeCursor(['ambassadors', 'Đại sứ', "x' OR 1=1"])],
      ['records.campaigns', encodeCursor(['campaigns', '2025-02-30', uuid])],
      ['users.list', 'not a cursor!'],
    ];
    const app = await testApp(handle.db);
    try {
      const cookie = sessionCookie(await signIn(app, adminA.email));
      for (const [path, cursor] of cases) {
        for (const [lang, words] of [
          ['vi', 'Con trỏ trang không hợp lệ'],
          ['en', 'Invalid page cursor'],
        ] as const) {
          const response = await app.inject({
            method: 'GET',
            url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ cursor }))}`,
            headers: { ...SAME_ORIGIN, cookie, 'accept-language': lang },
          });
          expect(response.statusCode, `${path} ${cursor}`).toBe(400);
          expect(response.json().error.data.code).toBe('BAD_REQUEST');
          expect(response.json().error.data.fieldErrors.cursor).toEqual([
            expect.stringContaining(words),
          ]);
          expect(response.body).not.toMatch(/stack|at .*\.(ts|js):\d+|SELECT|uuid/i);
        }
      }
      // The genuine cursors do go on.
      for (const [path, cursor] of [
        ['users.list', users.nextCursor],
        ['ambassadors.list', ambassadors.nextCursor],
        ['records.campaigns', campaigns.nextCursor],
      ] as const) {
        const response = await app.inject({
          method: 'GET',
          url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ cursor, limit: 1 }))}`,
          headers: { ...SAME_ORIGIN, cookie },
        });
        expect(response.statusCode).toBe(200);
      }
    } finally {
      await app.close();
    }
  });

  it('refuses a page larger than the maximum', async () => {
    const caller = await callerAs(handle.db, adminA);
    for (const call of [
      () => caller.users.list({ limit: 201 }),
      () => caller.ambassadors.list({ limit: 201 }),
      () => caller.records.campaigns({ limit: 0 }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('a forged key only moves where a page starts, never what is in reach', async () => {
    const caller = await callerAs(handle.db, adminA);
    const before = encodeCursor(['ambassadors', '', '00000000-0000-4000-8000-000000000000']);
    const { items } = await allPages(
      (cursor) => caller.ambassadors.list({ limit: 200, cursor: cursor ?? before }),
      200,
    );
    expect(items).toHaveLength(MANY);
  });
});
