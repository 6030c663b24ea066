import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createUnit } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  const unit = await createUnit(handle.db, {
    kind: 'province',
    name: 'Hội Chữ thập đỏ tỉnh Kiên Giang',
  });
  const story = (slug: string, status: 'published' | 'draft', body: string) => ({
    unit_id: unit.id,
    slug,
    title: 'Bà Tư <và> bếp ăn',
    summary: 'Mười năm nấu cơm',
    body_html: body,
    tags: '[]',
    status,
    published_at: status === 'published' ? new Date('2026-10-02T02:00:00Z') : null,
  });
  await handle.db
    .insertInto('stories')
    .values([
      // Written straight into the table, as if sanitising on save had been bypassed.
      story(
        'ba-tu',
        'published',
        '<p>Bếp</p><script>alert(1)</script><img src=x onerror=alert(1)>',
      ),
      story('nhap', 'draft', '<p>Nháp</p>'),
    ])
    .execute();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('the public story page', () => {
  it('renders a published story as static HTML under a script-free CSP', async () => {
    const res = await app.inject({ method: 'GET', url: '/public/stories/ba-tu' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).not.toContain('script-src');
    expect(res.body).toContain(
      '<title>Bà Tư &lt;và&gt; bếp ăn · Hội Chữ thập đỏ tỉnh Kiên Giang</title>',
    );
    expect(res.body).toContain('<time datetime="2026-10-02T02:00:00.000Z">02/10/2026</time>');
    expect(res.body).not.toMatch(/<script|onerror/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const css = await app.inject({ method: 'GET', url: '/public/story.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for a draft or an unknown story', async () => {
    expect((await app.inject({ method: 'GET', url: '/public/stories/nhap' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/public/stories/khong-co' })).statusCode).toBe(
      404,
    );
  });
});
