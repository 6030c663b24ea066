import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { createProvince } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;

const PAYLOAD_HTML = [
  '<p onclick="window.__pwned=1">Xin chào <strong>bà con</strong></p>',
  '<script>window.__pwned=1</script>',
  '<img src="x" onerror="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">bấm</a>',
  '<a href="https://chuthapdo.vn/tin" target="_blank" rel="opener">tin</a>',
  '<a href="/tuong-doi">tương đối</a>',
  '<a href="mailto:hoi@ctd.vn">thư</a>',
  '<p style="color:red">kiểu</p><iframe src="https://evil.example"></iframe>',
  '<svg><script>window.__pwned=1</script></svg><style>p{}</style>',
].join('');

async function addStory(
  values: Partial<{ slug: string; status: 'draft' | 'review' | 'published'; at: Date | null }> &
    Record<string, unknown>,
) {
  const { slug, status, at, ...rest } = values;
  await handle.db
    .insertInto('stories')
    .values({
      unit_id: units.districtA.id,
      slug: slug ?? `tin-${Math.random().toString(36).slice(2)}`,
      title: 'Người tốt việc thiện',
      summary: 'Tóm tắt',
      body_html: '<p>Nội dung</p>',
      tags: JSON.stringify(['nhân đạo']),
      status: status ?? 'published',
      published_at: at === undefined ? new Date() : at,
      ...rest,
    })
    .execute();
}

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  const day = (n: number) => new Date(Date.now() - n * 86_400_000);
  await addStory({ slug: 'cu-nhat', at: day(30), cover_image_url: 'javascript:alert(1)' });
  await addStory({
    slug: 'moi-nhat',
    at: day(1),
    title: 'Bếp ăn nhân ái'.normalize('NFD'),
    body_html: PAYLOAD_HTML,
    cover_image_url: 'https://img.example/a.jpg',
  });
  await addStory({ slug: 'giua', at: day(10) });
  await addStory({ slug: 'ban-nhap', status: 'draft', at: null });
  await addStory({ slug: 'cho-duyet', status: 'review', at: day(2) });
  await addStory({ slug: 'hen-gio', at: new Date(Date.now() + 86_400_000) });
  app = await buildApp({ db: handle.db, config: loadConfig({ DATA_DIR: '/nonexistent' }) });
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('compliance.json', () => {
  it('lists the applicable indicators of the current period with words in the language', async () => {
    const res = await get(`/public/v1/units/${units.districtA.code}/compliance.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = res.json();
    expect(body.unit).toEqual({
      code: units.districtA.code,
      name: units.districtA.name,
      kind: 'district',
    });
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // CT-01..CT-06 apply to a district chapter; CT-07 and CT-08 are the province's.
    expect(body.indicators.map((i: { code: string }) => i.code)).toEqual([
      'CT-01',
      'CT-02',
      'CT-03',
      'CT-04',
      'CT-05',
      'CT-06',
    ]);
    const ct03 = body.indicators[2];
    expect(Object.keys(ct03).sort()).toEqual(
      ['code', 'due', 'periodKey', 'reason', 'state', 'stateLabel', 'title'].sort(),
    );
    expect(ct03).toMatchObject({ code: 'CT-03', periodKey: 'by-2025', due: '2025-12-31' });
    expect(ct03.title).toBe('Trang Facebook hoạt động thường xuyên');
    expect(typeof ct03.reason).toBe('string');
  });

  it('answers in English with lang=en', async () => {
    const res = await get(`/public/v1/units/${units.province.code}/compliance.json?lang=en`);
    const body = res.json();
    expect(body.unit.kind).toBe('province');
    expect(body.indicators.map((i: { code: string }) => i.code)).toContain('CT-07');
    expect(body.indicators[0].stateLabel).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('gives 404 JSON for an unknown unit', async () => {
    const res = await get('/public/v1/units/khong-co/compliance.json');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị' },
    });
    const en = await get('/public/v1/units/khong-co/compliance.json?lang=en');
    expect(en.json().error.message).toBe('Unit not found');
  });
});

describe('stories.json', () => {
  it('lists published stories newest first, default 3, with absolute permalinks', async () => {
    const res = await get(`/public/v1/units/${units.districtA.code}/stories.json`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.unit).toEqual({ code: units.districtA.code, name: units.districtA.name });
    expect(body.stories.map((s: { permalink: string }) => s.permalink)).toEqual([
      'http://localhost:3000/public/stories/moi-nhat',
      'http://localhost:3000/public/stories/giua',
      'http://localhost:3000/public/stories/cu-nhat',
    ]);
    const [newest, , oldest] = body.stories;
    expect(Object.keys(newest).sort()).toEqual(
      [
        'coverImageUrl',
        'html',
        'id',
        'permalink',
        'publishedAt',
        'summary',
        'tags',
        'title',
      ].sort(),
    );
    expect(newest.title).toBe('Bếp ăn nhân ái'.normalize('NFC'));
    expect(newest.tags).toEqual(['nhân đạo']);
    expect(newest.coverImageUrl).toBe('https://img.example/a.jpg');
    expect(oldest.coverImageUrl).toBeNull();
  });

  it('never shows drafts, stories in review or stories scheduled for later', async () => {
    const res = await get(`/public/v1/units/${units.districtA.code}/stories.json?limit=12`);
    const slugs = res
      .json()
      .stories.map((s: { permalink: string }) => s.permalink.split('/').pop());
    expect(slugs).toEqual(['moi-nhat', 'giua', 'cu-nhat']);
  });

  it('clamps the limit to 1..12', async () => {
    const one = await get(`/public/v1/units/${units.districtA.code}/stories.json?limit=0`);
    expect(one.json().stories).toHaveLength(1);
    const junk = await get(`/public/v1/units/${units.districtA.code}/stories.json?limit=abc`);
    expect(junk.json().stories).toHaveLength(3);
  });

  it('sanitises the html against the allow-list', async () => {
    const res = await get(`/public/v1/units/${units.districtA.code}/stories.json?limit=1`);
    const { html } = res.json().stories[0];
    for (const bad of [
      '<script',
      'onclick',
      'onerror',
      'javascript:',
      'style',
      '<iframe',
      '<img',
      '<svg',
      '__pwned',
      '/tuong-doi',
      'target=',
      'opener"',
    ]) {
      expect(html).not.toContain(bad);
    }
    expect(html).toContain('<p>Xin chào <strong>bà con</strong></p>');
    expect(html).toContain('<a rel="noopener noreferrer">bấm</a>');
    expect(html).toContain('<a href="https://chuthapdo.vn/tin" rel="noopener noreferrer">tin</a>');
    expect(html).toContain('<a href="mailto:hoi@ctd.vn" rel="noopener noreferrer">thư</a>');
  });

  it('uses PUBLIC_ORIGIN for permalinks when set, never the Host header', async () => {
    const withOrigin = await buildApp({
      db: handle.db,
      config: loadConfig({ DATA_DIR: '/nonexistent', PUBLIC_ORIGIN: 'https://lantoa.example.vn/' }),
    });
    try {
      for (const [target, host] of [
        [app, 'evil.example'],
        [withOrigin, 'evil.example:8443'],
      ] as const) {
        const res = await target.inject({
          method: 'GET',
          url: `/public/v1/units/${units.districtA.code}/stories.json?limit=1`,
          headers: { host },
        });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('evil.example');
        expect(res.json().stories[0].permalink).toMatch(
          /^(http:\/\/localhost:3000|https:\/\/lantoa\.example\.vn)\/public\/stories\//,
        );
      }
      const res = await withOrigin.inject({
        method: 'GET',
        url: `/public/v1/units/${units.districtA.code}/stories.json?limit=1`,
      });
      expect(res.json().stories[0].permalink).toBe(
        'https://lantoa.example.vn/public/stories/moi-nhat',
      );
    } finally {
      await withOrigin.close();
    }
  });

  it('gives 404 JSON for an unknown unit', async () => {
    const res = await get('/public/v1/units/khong-co/stories.json');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
