import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { API, makeStory, seen, server } from './test/api-handlers';
import { mount, settle } from './test/mount';

const storiesUrl = `${API}/public/v1/units/:code/stories.json`;
const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

describe('<lantoa-stories>', () => {
  it('renders N stories as a list of articles with headings, dates and links', async () => {
    const el = await mount('lantoa-stories', { unit: 'kg', limit: '3', layout: 'cards' });
    const r = root(el);
    expect(r.querySelector('h2')?.textContent).toBe('Người tốt việc thiện');
    expect(r.querySelector('ul')?.getAttribute('role')).toBe('list');
    const items = r.querySelectorAll('ul > li > article');
    expect(items).toHaveLength(3);
    expect([...r.querySelectorAll('h3')].map((x) => x.textContent)).toEqual([
      'Tin số 1',
      'Tin số 2',
      'Tin số 3',
    ]);
    // 2026-11-01T18:30Z is already 2 November in Asia/Ho_Chi_Minh.
    const time = r.querySelector('time');
    expect(time?.textContent).toBe('02/11/2026');
    expect(time?.getAttribute('datetime')).toBe('2026-11-01T18:30:00.000Z');
    const links = [...r.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      [1, 2, 3].map((n) => `https://kg.example.test/tin/${n}`),
    );
    expect(links[0]?.textContent).toBe('Đọc tiếp');
    expect(links[0]?.getAttribute('aria-describedby')).toBe(r.querySelector('h3')?.id);
    const img = r.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('width')).toBeTruthy();
    expect(r.adoptedStyleSheets).toHaveLength(1);
  });

  it('speaks English and honours heading-level', async () => {
    const el = await mount('lantoa-stories', {
      unit: 'kg',
      limit: '1',
      lang: 'en',
      'heading-level': '3',
    });
    expect(root(el).querySelector('h3.t')?.textContent).toBe('Good people, good deeds');
    expect(root(el).querySelector('a')?.textContent).toBe('Read more');
    expect(root(el).querySelector('time')?.textContent).toBe('2 Nov 2026');
  });

  it('fetches without credentials, in cors mode, with the requested limit and lang', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await mount('lantoa-stories', { unit: 'kg', limit: '2', lang: 'en' });
    const [url, init] = spy.mock.calls[0] ?? [];
    expect(String(url)).toBe(`${API}/public/v1/units/kg/stories.json?limit=2&lang=en`);
    expect(init).toMatchObject({ credentials: 'omit', mode: 'cors' });
    spy.mockRestore();
  });

  it('never lets markup from the API become live DOM', async () => {
    const evil =
      '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';
    server.use(
      http.get(storiesUrl, () =>
        HttpResponse.json({
          unit: { code: 'kg', name: 'KG' },
          stories: [
            makeStory(1, {
              title: evil,
              summary: evil,
              html: evil,
              permalink: 'javascript:alert(1)',
              coverImageUrl: 'javascript:alert(1)',
            }),
            makeStory(2, { html: evil }),
          ],
        }),
      ),
    );
    const el = await mount('lantoa-stories', { unit: 'kg', limit: '2' });
    const r = root(el);
    expect(r.querySelectorAll('article')).toHaveLength(2);
    expect(r.querySelector('script')).toBeNull();
    for (const node of r.querySelectorAll('*')) {
      for (const attr of node.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    // The hostile title is shown as text, and its story simply has no link.
    expect(r.querySelector('h3')?.textContent).toBe(evil);
    expect(r.querySelectorAll('a')).toHaveLength(1);
  });

  it.each([
    ['network error', () => HttpResponse.error()],
    ['500', () => new HttpResponse('boom', { status: 500 })],
    ['non-JSON 200', () => new HttpResponse('<html>proxy page</html>', { status: 200 })],
  ])('stays quiet when the API fails (%s)', async (_name, reply) => {
    server.use(http.get(storiesUrl, reply));
    const el = await mount('lantoa-stories', { unit: 'kg' });
    const status = root(el).querySelector('[role=status]');
    expect(status?.textContent).toBe('Không tải được tin');
    expect(root(el).querySelector('ul')).toBeNull();
  });

  it('stays quiet on 404 for an unknown unit', async () => {
    const el = await mount('lantoa-stories', { unit: 'missing' });
    expect(root(el).querySelector('[role=status]')).not.toBeNull();
  });

  it('hides itself when the unit has no stories yet', async () => {
    server.use(http.get(storiesUrl, () => HttpResponse.json({ unit: {}, stories: [] })));
    const el = await mount('lantoa-stories', { unit: 'kg' });
    expect(el.hidden).toBe(true);
  });

  it('re-fetches when unit, limit or lang change, batching changes made together', async () => {
    const el = await mount('lantoa-stories', { unit: 'kg', limit: '1' });
    const before = seen.length;
    el.setAttribute('limit', '4');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)?.url).toContain('limit=4&lang=en');
    expect(root(el).querySelectorAll('article')).toHaveLength(4);
    el.setAttribute('unit', 'kg-rach-gia');
    await settle(el);
    expect(seen.at(-1)?.url).toContain('/units/kg-rach-gia/');
  });

  it('clamps a silly limit', async () => {
    await mount('lantoa-stories', { unit: 'kg', limit: '5000' });
    expect(seen.at(-1)?.url).toContain('limit=12');
  });
});
