import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;
let reviewer: User;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const publicStories = async () =>
  (
    await app.inject({
      method: 'GET',
      url: `/public/v1/units/${tree.districtA.code}/stories.json?limit=12`,
    })
  ).json().stories as { title: string; html: string }[];

describe('stories: draft → review → published', () => {
  it('sanitises on save, and only a reviewer publishes to the public feed', async () => {
    // Writes reach the app's public cache the way they do in production.
    const notify = (ids: string[]) => app.notifyFactsChanged(ids);
    const asCadre = await callerAs(handle.db, cadre, notify);
    const asReviewer = await callerAs(handle.db, reviewer, notify);
    const draft = await asCadre.stories.save({
      id: null,
      version: null,
      unitId: tree.districtA.id,
      title: 'Bà Tư và bếp ăn nhân ái',
      summary: 'Mười năm nấu cơm cho bệnh nhân nghèo',
      bodyHtml:
        '<p onclick="steal()">Bếp <strong>nhân ái</strong><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)></p>',
      coverImageUrl: 'https://example.org/bep.jpg',
      tags: ['người tốt việc thiện'],
    });
    expect(draft.status).toBe('draft');
    expect(draft.bodyHtml).toBe(
      '<p>Bếp <strong>nhân ái</strong><a rel="noopener noreferrer">x</a></p>',
    );
    expect(await publicStories()).toEqual([]);
    const inReview = await asCadre.stories.act({
      id: draft.id,
      version: draft.version,
      action: 'submit',
    });
    await expect(
      asCadre.stories.act({ id: draft.id, version: inReview.version, action: 'publish' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      asCadre.stories.save({ ...draftInput(draft), version: inReview.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const published = await asReviewer.stories.act({
      id: draft.id,
      version: inReview.version,
      action: 'publish',
    });
    expect(published.publishedAt).not.toBeNull();
    expect((await publicStories()).map((s) => s.title)).toEqual(['Bà Tư và bếp ăn nhân ái']);
    await asReviewer.stories.act({ id: draft.id, version: published.version, action: 'unpublish' });
    expect(await publicStories()).toEqual([]);
  });

  it('refuses to return a story without a comment, saying so in both languages', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const draft = await asCadre.stories.save({
      id: null,
      version: null,
      unitId: tree.districtA.id,
      title: 'Bài cần sửa',
      summary: '',
      bodyHtml: '<p>Nội dung</p>',
      coverImageUrl: null,
      tags: [],
    });
    const inReview = await asCadre.stories.act({
      id: draft.id,
      version: draft.version,
      action: 'submit',
    });
    const cookie = sessionCookie(await signIn(app, reviewer.email));
    for (const [lang, words] of [
      ['vi', 'Vui lòng ghi nhận xét khi trả lại bài viết.'],
      ['en', 'A comment is required to return a story.'],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/stories.act',
        headers: {
          ...SAME_ORIGIN,
          cookie,
          'accept-language': lang,
          'content-type': 'application/json',
        },
        payload: { id: draft.id, version: inReview.version, action: 'return', comment: '  ' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.data.fieldErrors.comment).toEqual([words]);
    }
    const unchanged = await asCadre.stories.get({ id: draft.id });
    expect(unchanged).toMatchObject({ status: 'review', version: inReview.version });
  });

  it('hides stories of other districts from a cadre', async () => {
    const other = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const { items: mine } = await (await callerAs(handle.db, cadre)).stories.list();
    const { items: theirs } = await (await callerAs(handle.db, other)).stories.list();
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs).toEqual([]);
  });
});

function draftInput(story: {
  unitId: string;
  title: string;
  summary: string;
  bodyHtml: string;
  coverImageUrl: string | null;
  tags: string[];
  id: string;
}) {
  return {
    id: story.id,
    version: 0,
    unitId: story.unitId,
    title: story.title,
    summary: story.summary,
    bodyHtml: story.bodyHtml,
    coverImageUrl: story.coverImageUrl,
    tags: story.tags,
  };
}
