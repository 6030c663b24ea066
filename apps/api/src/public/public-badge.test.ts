import { COMPLIANCE_STATES, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { createProvince } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { BADGE_COLORS, LABEL_COLOR, renderBadge } from './render-badge.js';
import { FALLBACK_WIDTH, textWidth } from './text-width.js';

let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  const today = todayInVietnam(new Date());
  // District A has an active Facebook page (CT-03 met); district B has none (overdue).
  await handle.db
    .insertInto('facebook_pages')
    .values({
      unit_id: units.districtA.id,
      url: 'https://facebook.com/ctd.a',
      name: 'Hội Chữ thập đỏ A',
      is_fanpage: true,
      created_on: '2024-01-01',
      last_post_on: today,
      recent_post_count: 12,
      last_checked_on: today,
    })
    .execute();
  app = await buildApp({ db: handle.db, config: loadConfig({ DATA_DIR: '/nonexistent' }) });
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const badge = (code: string, query: string) =>
  app.inject({ method: 'GET', url: `/public/v1/units/${code}/badge.svg?${query}` });

/** WCAG relative luminance contrast of two #rrggbb / #rgb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('badge.svg', () => {
  it('shows the state in Vietnamese, accessibly, 20 px high', async () => {
    const res = await badge(units.districtA.code, 'indicator=CT-03');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = res.body;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="20"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      'aria-label="Chỉ tiêu CT-03 (Trang Facebook hoạt động thường xuyên): Đạt"',
    );
    expect(svg).toContain(
      '<title>Chỉ tiêu CT-03 (Trang Facebook hoạt động thường xuyên): Đạt</title>',
    );
    expect(svg).toContain('>CT-03</text>');
    expect(svg).toContain('>Đạt</text>');
    expect(svg).toContain(`fill="${BADGE_COLORS.met}"`);
    expect(svg.normalize('NFC')).toBe(svg);
  });

  it('speaks English with lang=en and colours another state differently', async () => {
    const res = await badge(units.districtB.code, 'indicator=CT-03&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('aria-label="Indicator CT-03 (Active Facebook page): Overdue"');
    expect(res.body).toContain(`fill="${BADGE_COLORS.overdue}"`);
  });

  it('gives each badge its own element ids', async () => {
    const a = (await badge(units.districtA.code, 'indicator=CT-03')).body;
    const b = (await badge(units.districtB.code, 'indicator=CT-03')).body;
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a)).toHaveLength(2);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    for (const id of ids(a)) expect(a).toContain(`url(#${id})`);
  });

  it('answers an unknown unit or indicator with a 404 error badge', async () => {
    for (const [code, query] of [
      ['khong-co-don-vi', 'indicator=CT-03'],
      [units.districtA.code, 'indicator=CT-99'],
      [units.districtA.code, ''],
      ['<script>', 'indicator=CT-01'],
    ] as const) {
      const res = await badge(encodeURIComponent(code), query);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(res.body).toContain('>không tìm thấy</text>');
      expect(res.body).toContain('role="img"');
      expect(res.body).not.toContain('<script');
    }
  });
});

describe('renderBadge', () => {
  it('escapes every text into XML', () => {
    const svg = renderBadge({
      label: '<b>&"\'',
      message: 'x</text><script>alert(1)</script>',
      tone: 'met',
      description: '"><script>alert(1)</script>',
      idSeed: 'x',
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;&apos;');
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;');
  });

  it('keeps white text readable on every fill (WCAG AA, 4.5:1)', () => {
    for (const state of [...COMPLIANCE_STATES, 'error'] as const) {
      expect(contrast(BADGE_COLORS[state], '#fff'), state).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(LABEL_COLOR, '#fff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('textWidth', () => {
  it('measures Vietnamese letters by their base letter, whatever the normalisation', () => {
    expect(textWidth('Đạt')).toBeCloseTo(textWidth('Dat'), 5);
    expect(textWidth('Quá hạn')).toBeCloseTo(textWidth('Qua han'), 5);
    expect(textWidth('Chờ duyệt'.normalize('NFD'))).toBeCloseTo(textWidth('Chờ duyệt'), 5);
    // The horn of ơ/ư adds width.
    expect(textWidth('ư')).toBeGreaterThan(textWidth('u'));
  });

  it('falls back to an average width for characters it does not know', () => {
    expect(textWidth('中')).toBe(FALLBACK_WIDTH);
    expect(textWidth('CT-03')).toBeGreaterThan(25);
    expect(textWidth('CT-03')).toBeLessThan(40);
  });
});
