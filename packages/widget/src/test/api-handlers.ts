// msw handlers for the Lan Tỏa public API at a fake origin, plus story/compliance factories.

import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export const API = 'https://api.example.test';
const units = `${API}/public/v1/units/:code`;
const cors = { 'Access-Control-Allow-Origin': '*' };

export function makeStory(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `st-${n}`,
    title: `Tin số ${n}`,
    summary: `Tóm tắt ${n}`,
    html: `<p>Nội dung ${n}</p>`,
    coverImageUrl: `${API}/media/${n}.jpg`,
    permalink: `https://kg.example.test/tin/${n}`,
    // 18:30Z is 01:30 next day in Asia/Ho_Chi_Minh: catches dates formatted in UTC.
    publishedAt: `2026-11-0${n}T18:30:00.000Z`,
    tags: [],
    ...overrides,
  };
}

export function makeCompliance(lang: string) {
  return {
    unit: { code: 'kg-rach-gia', name: 'Rạch Giá', kind: 'district' },
    asOf: '2026-11-26',
    indicators: [
      {
        code: 'CT-03',
        title: lang === 'en' ? 'Facebook page' : 'Trang Facebook',
        state: 'met',
        stateLabel: lang === 'en' ? 'Met' : 'Đã đạt',
        reason: '',
        due: '2025-12-31',
        periodKey: 'by-2025',
      },
    ],
  };
}

/** Every request the handlers saw, so tests can assert on URLs and credentials. */
export const seen: Request[] = [];

export const handlers = [
  http.get(`${units}/stories.json`, ({ request, params }) => {
    seen.push(request);
    if (params.code === 'missing') {
      return HttpResponse.json(
        { error: { code: 'NOT_FOUND', message: 'no unit' } },
        { status: 404, headers: cors },
      );
    }
    const limit = Number(new URL(request.url).searchParams.get('limit'));
    const stories = Array.from({ length: limit }, (_, i) => makeStory(i + 1));
    return HttpResponse.json(
      { unit: { code: params.code, name: 'Kiên Giang' }, stories },
      { headers: cors },
    );
  }),
  http.get(`${units}/compliance.json`, ({ request, params }) => {
    seen.push(request);
    if (params.code === 'missing')
      return new HttpResponse('Not found', { status: 404, headers: cors });
    const lang = new URL(request.url).searchParams.get('lang') ?? 'vi';
    return HttpResponse.json(makeCompliance(lang), { headers: cors });
  }),
  http.get(
    `${units}/badge.svg`,
    () =>
      new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="20"/>', {
        headers: { ...cors, 'Content-Type': 'image/svg+xml' },
      }),
  ),
];

export const server = setupServer(...handlers);
