import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { API, server } from './test/api-handlers';
import { mount } from './test/mount';

const img = (el: HTMLElement) => el.shadowRoot?.querySelector('img') as HTMLImageElement;

describe('<lantoa-badge>', () => {
  it('shows the SVG badge with an alt naming the indicator and its state', async () => {
    const el = await mount('lantoa-badge', { unit: 'kg-rach-gia', indicator: 'CT-03' });
    expect(img(el).getAttribute('src')).toBe(
      `${API}/public/v1/units/kg-rach-gia/badge.svg?indicator=CT-03&lang=vi`,
    );
    expect(img(el).getAttribute('height')).toBe('20');
    await vi.waitFor(() => expect(img(el).alt).toBe('Chỉ tiêu CT-03 – Trang Facebook: Đã đạt'));
  });

  it('speaks English and follows attribute changes', async () => {
    const el = await mount('lantoa-badge', { unit: 'kg-rach-gia', indicator: 'CT-03', lang: 'en' });
    await vi.waitFor(() => expect(img(el).alt).toBe('Indicator CT-03 – Facebook page: Met'));
    el.setAttribute('indicator', 'CT-05');
    await vi.waitFor(() =>
      expect(img(el).getAttribute('src')).toContain('indicator=CT-05&lang=en'),
    );
    // CT-05 is not in the fake compliance.json: the alt still names the indicator.
    expect(img(el).alt).toBe('Indicator CT-05');
  });

  it('keeps a plain alt and throws nothing when compliance.json is 404', async () => {
    const answered: number[] = [];
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.url.includes('/missing/compliance.json')) answered.push(response.status);
    };
    server.events.on('response:mocked', listener);
    try {
      // mount() returns once the render, and so its compliance.json request, has finished.
      const el = await mount('lantoa-badge', { unit: 'missing', indicator: 'CT-03' });
      expect(answered).toEqual([404]);
      expect(img(el).alt).toBe('Chỉ tiêu CT-03');
    } finally {
      server.events.removeListener('response:mocked', listener);
    }
  });

  it('says in its alt what became of a closed unit, as the badge does', async () => {
    const message = 'Đã sáp nhập vào Hội Chữ thập đỏ tỉnh An Giang từ 01/07/2025';
    server.use(
      http.get(`${API}/public/v1/units/kg-cu/compliance.json`, () =>
        HttpResponse.json(
          { unit: { code: 'kg-cu' }, closed: { on: '2025-07-01', message }, indicators: [] },
          { headers: { 'Access-Control-Allow-Origin': '*' } },
        ),
      ),
    );
    const el = await mount('lantoa-badge', { unit: 'kg-cu', indicator: 'CT-03' });
    expect(img(el).alt).toBe(`Chỉ tiêu CT-03: ${message}`);
  });

  it('hides itself when the badge image fails', async () => {
    const el = await mount('lantoa-badge', { unit: 'kg', indicator: 'CT-03' });
    img(el).dispatchEvent(new Event('error'));
    expect(el.hidden).toBe(true);
  });
});
