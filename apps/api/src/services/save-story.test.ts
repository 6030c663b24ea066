import { STORY_BODY_MAX } from '@lantoa/domain';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { tableCounts } from '../test/hostile.js';
import { testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let reviewer: User;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const draft = (bodyHtml: string, coverImageUrl: string | null = null) => ({
  id: null,
  version: null,
  unitId: tree.districtA.id,
  title: 'Bà Tư và bếp ăn',
  summary: 'Mười năm nấu cơm',
  bodyHtml,
  coverImageUrl,
  tags: [],
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe('what a saved story may hold', () => {
  it('refuses a body whose sanitised HTML would exceed the stored limit, and stores nothing', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    const before = await tableCounts(handle.db);
    // 60,000 characters in, 300,000 out: each & is stored as &amp;.
    const error = await refusal(asReviewer.stories.save(draft('&'.repeat(60_000))));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe(
      'The story body is too long (at most 100,000 characters once its HTML is cleaned)',
    );
    expect(await tableCounts(handle.db)).toEqual(before);

    const exact = `<p>${'a'.repeat(STORY_BODY_MAX - 7)}</p>`;
    const saved = await asReviewer.stories.save(draft(exact));
    const row = await handle.db
      .selectFrom('stories')
      .select('body_html')
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.body_html).toHaveLength(STORY_BODY_MAX);
  });

  it('drops control characters that character references smuggle in', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    const saved = await asReviewer.stories.save(draft('<p>a&#0;b&#1;c&#xD800;d</p>'));
    const row = await handle.db
      .selectFrom('stories')
      .select('body_html')
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.body_html).toBe('<p>a\uFFFDbc\uFFFDd</p>');
  });

  it('takes https covers only; an http cover stored earlier is left out of the public feed', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    const error = await refusal(asReviewer.stories.save(draft('<p>x</p>', 'http://anh.vn/a.jpg')));
    expect(error.code).toBe('BAD_REQUEST');
    const saved = await asReviewer.stories.save(draft('<p>x</p>', 'https://anh.vn/a.jpg'));
    expect(saved.coverImageUrl).toBe('https://anh.vn/a.jpg');

    await handle.db
      .insertInto('stories')
      .values({
        unit_id: tree.districtA.id,
        slug: 'anh-http-cu',
        title: 'Ảnh cũ',
        summary: '',
        body_html: '<p>x</p>',
        cover_image_url: 'http://anh.vn/cu.jpg',
        tags: '[]',
        status: 'published',
        published_at: new Date('2025-01-01T00:00:00Z'),
      })
      .execute();
    const feed = await app.inject({
      method: 'GET',
      url: `/public/v1/units/${tree.districtA.code}/stories.json?limit=12`,
    });
    const old = feed.json().stories.find((s: { title: string }) => s.title === 'Ảnh cũ');
    expect(old.coverImageUrl).toBeNull();
    const page = await app.inject({ method: 'GET', url: '/public/stories/anh-http-cu' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('http://anh.vn');
  });
});
