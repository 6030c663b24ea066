// Lists page on the server with a cursor (issue 11 part 3): stories, a unit's records and
// the deadlines return every row in reach exactly once across pages, with the filters;
// rows out of reach never appear, however many newer ones there are; a tampered cursor is
// a 400 with a bilingual message and no stack, over real HTTP.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { encodeCursor } from '../services/paging/page-cursor.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;
let admin: User;

/** Stories straight into the table: `count` of them at `unitId`, all saved at `at`. */
async function insertStories(
  unitId: string,
  count: number,
  at: string,
  status: 'draft' | 'review' | 'published',
  tag: string,
) {
  await sql`INSERT INTO stories (unit_id, slug, title, status, created_at, updated_at)
    SELECT ${unitId}::uuid, ${tag} || '-' || n, ${tag} || ' ' || n, ${status},
      ${at}::timestamptz, ${at}::timestamptz
    FROM generate_series(1, ${count}) AS n`.execute(handle.db);
}

/** Follows nextCursor to the end; returns every page's items in order and the page count. */
async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  pageLimit: number,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await fetchPage(cursor);
    expect(page.items.length).toBeLessThanOrEqual(pageLimit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 100);
  return { items, pages };
}

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  // The cadre's 13 stories: 7 saved in the same instant (the id breaks the tie), 6 spread
  // within one millisecond (a cursor rounded to milliseconds would skip some of them).
  await insertStories(tree.districtA.id, 4, '2025-01-10 08:00:00+07', 'draft', 'a-same');
  await insertStories(tree.communeA.id, 3, '2025-01-10 08:00:00+07', 'review', 'a-below');
  for (let i = 1; i <= 6; i++)
    await insertStories(
      tree.districtA.id,
      1,
      `2025-01-11 08:00:00.000${i}00+07`,
      'draft',
      `a-us${i}`,
    );
  // 600 newer stories of the other district: more than any page or old cap.
  await insertStories(tree.districtB.id, 600, '2025-06-01 08:00:00+07', 'published', 'b-newer');
}, 120_000);
afterAll(() => handle.close());

describe('stories.list', () => {
  it('a cadre gets all of theirs though the province has 600 newer stories out of reach', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const { items, pages } = await allPages(
      (cursor) => asCadre.stories.list({ limit: 5, cursor }),
      5,
    );
    expect(pages).toBe(3);
    const slugs = items.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(13);
    expect(slugs).toHaveLength(13);
    expect(slugs.some((s) => s.startsWith('b-newer'))).toBe(false);
    // Last changed first, whatever the page boundaries.
    const times = items.map((s) => s.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('pages with the filters: a status, a unit', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const review = await allPages(
      (c) => asCadre.stories.list({ status: 'review', limit: 2, cursor: c }),
      2,
    );
    expect(review.items.map((s) => s.slug).sort()).toEqual(['a-below-1', 'a-below-2', 'a-below-3']);
    const own = await allPages(
      (c) => asCadre.stories.list({ unitId: tree.districtA.id, limit: 4, cursor: c }),
      4,
    );
    expect(own.items).toHaveLength(10);
    expect(own.items.every((s) => s.unitId === tree.districtA.id)).toBe(true);
  });

  it('an administrator pages through the whole province, each story once', async () => {
    const asAdmin = await callerAs(handle.db, admin);
    const { items, pages } = await allPages(
      (c) => asAdmin.stories.list({ limit: 200, cursor: c }),
      200,
    );
    expect(pages).toBe(4);
    expect(new Set(items.map((s) => s.id)).size).toBe(613);
  });

  it('a cursor moves where a page starts, never what is in reach', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    // A forged cursor from the far future still only yields the cadre's own stories.
    const forged = encodeCursor(['2099-01-01 00:00:00+07', '00000000-0000-4000-8000-000000000000']);
    const page = await asCadre.stories.list({ cursor: forged, limit: 200 });
    expect(page.items).toHaveLength(13);
  });

  it('refuses a page larger than the maximum', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    await expect(asCadre.stories.list({ limit: 201 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe("a unit's records", () => {
  beforeAll(async () => {
    await sql`INSERT INTO training_courses (unit_id, held_on, title, created_at)
      SELECT ${tree.districtA.id}::uuid, DATE '2025-03-01' + n, 'Lớp ' || n,
        TIMESTAMPTZ '2025-03-01 08:00:00+07' + (n % 3) * INTERVAL '1 microsecond'
      FROM generate_series(1, 45) AS n`.execute(handle.db);
    await sql`INSERT INTO training_courses (unit_id, held_on, title)
      VALUES (${tree.districtB.id}::uuid, DATE '2025-03-01', 'Lớp của huyện khác')`.execute(
      handle.db,
    );
  });

  it('ofUnit gives the first page of each kind; ofKind the rest, each record once', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const unitId = tree.districtA.id;
    const first = await asCadre.records.ofUnit({ unitId });
    expect(first.training_course).toHaveLength(20);
    expect(first.nextCursors.facebook_page).toBeNull();
    const rest = await allPages(
      (cursor) =>
        asCadre.records.ofKind({
          unitId,
          kind: 'training_course',
          limit: 10,
          cursor: cursor ?? first.nextCursors.training_course ?? undefined,
        }),
      10,
    );
    const titles = [...first.training_course, ...rest.items].map((r) => String(r.title));
    expect(titles).toHaveLength(45);
    expect(new Set(titles).size).toBe(45);
    expect(titles).not.toContain('Lớp của huyện khác');
  });

  it('pages "as of" a day with the same cursor', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const { items } = await allPages(
      (cursor) =>
        asCadre.records.ofKind({
          unitId: tree.districtA.id,
          kind: 'training_course',
          asOf: '2025-03-11',
          limit: 3,
          cursor,
        }),
      3,
    );
    expect(items).toHaveLength(10);
  });

  it('refuses another district by id, with or without a cursor', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    await expect(
      asCadre.records.ofKind({ unitId: tree.districtB.id, kind: 'training_course' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('compliance.deadlines', () => {
  it('pages every item once, overdue first, with the unit filter', async () => {
    const asAdmin = await callerAs(handle.db, admin);
    const whole = await asAdmin.compliance.deadlines({ asOf: '2025-02-01', limit: 200 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.total).toBeGreaterThan(3);
    const paged = await allPages(
      (cursor) => asAdmin.compliance.deadlines({ asOf: '2025-02-01', limit: 2, cursor }),
      2,
    );
    expect(paged.items).toEqual(whole.items);
    const states = paged.items.map((i) => i.state);
    expect(states).toEqual([...states].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1)));
    const ofA = await asAdmin.compliance.deadlines({
      asOf: '2025-02-01',
      unitId: tree.districtA.id,
    });
    expect(ofA.items.length).toBeGreaterThan(0);
    expect(ofA.items.every((i) => i.unitId === tree.districtA.id)).toBe(true);
    expect(ofA.total).toBe(ofA.items.length);
  });

  it("never shows another district's items to a cadre", async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const page = await asCadre.compliance.deadlines({ asOf: '2025-02-01', limit: 200 });
    expect(page.items.some((i) => i.unitId === tree.districtB.id)).toBe(false);
    expect(page.units.some((u) => u.id === tree.districtB.id)).toBe(false);
  });
});

describe('a tampered cursor', () => {
  const tampered = [
    ['not base64', 'not a cursor!'],
    ['the wrong shape', encodeCursor(['2025-01-01'])],
    ['a day that does not exist', encodeCursor(['2025-02-30 08:00:00+07', crypto.randomUUID()])],
    ['an hour that does not exist', encodeCursor(['2025-02-01 25:00:00+07', crypto.randomUUID()])],
    ['not an id', encodeCursor(['2025-02-01 08:00:00+07', "x' OR 1=1"])],
  ];

  it.each(tampered)('is a 400 with both languages and no stack (%s)', async (_, cursor) => {
    const app = await testApp(handle.db);
    try {
      const cookie = sessionCookie(await signIn(app, cadre.email));
      for (const [path, input] of [
        ['stories.list', { cursor }],
        ['records.ofKind', { unitId: tree.districtA.id, kind: 'training_course', cursor }],
        ['compliance.deadlines', { cursor }],
      ] as const) {
        for (const [lang, words] of [
          ['vi', 'Con trỏ trang không hợp lệ'],
          ['en', 'Invalid page cursor'],
        ] as const) {
          const response = await app.inject({
            method: 'GET',
            url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
            headers: { ...SAME_ORIGIN, cookie, 'accept-language': lang },
          });
          expect(response.statusCode).toBe(400);
          expect(response.json().error.data.fieldErrors.cursor).toEqual([
            expect.stringContaining(words),
          ]);
          expect(response.body).not.toMatch(/stack|at .*\.(ts|js):\d+|SELECT|timestamptz/i);
        }
      }
    } finally {
      await app.close();
    }
  });
});
