// The admin app as its users drive it, in Chromium against the built API with demo data:
// a cadre on a phone reports, the province approves and the dashboard shows it; the
// cadre cannot reach another commune-level chapter; a training course recorded by a cadre makes
// CT-05 met with that course as its evidence. Steps run in order and share one server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';
import { getWithCookie, unitIdsByCode } from './units-api.js';

// The former Vĩnh Thuận district's cadre, at the chapter that took over its duties on
// 01/07/2025 (which has held no course in 2025 in the demo data).
const CADRE = 'cadre.kg-vinh-thuan@demo.lantoa.vn';
const REVIEWER = 'reviewer@demo.lantoa.vn';
const VINH_PHONG = 'Hội CTĐ xã Vĩnh Phong';
const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
let unitIds: Map<string, string>;

/** Unit ids by code, read through the API as the reviewer (no UI needed for setup). */
async function loadUnitIds(): Promise<Map<string, string>> {
  const signIn = await fetch(`${server.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1' },
    body: JSON.stringify({ email: REVIEWER, password: DEMO_PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return unitIdsByCode(getWithCookie(server.url, cookie), [
    'ag-ha-tien',
    'ag-an-bien',
    'ag-vinh-phong',
  ]);
}

async function signedIn(
  email: string,
  viewport = PHONE,
): Promise<{ page: Page; ctx: BrowserContext }> {
  const ctx = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  return { page, ctx };
}

/** The period row of an indicator card on a unit page ("Năm 2027 · Hạn ..."). */
function periodRow(page: Page, indicator: string, periodKey: string) {
  return page
    .locator('.indicator-card')
    .filter({ has: page.getByRole('heading', { name: new RegExp(indicator) }) })
    .locator('.period')
    .filter({ hasText: `Năm ${periodKey} ·` });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  unitIds = await loadUnitIds();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reporting from a phone to the dashboard', () => {
  it('a: the cadre opens their unit from the menu, updates and submits a report', async () => {
    const { page, ctx } = await signedIn(CADRE);
    await page.getByRole('button', { name: 'Trình đơn' }).click();
    await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    await page.getByRole('heading', { level: 1, name: VINH_PHONG }).waitFor();
    await page.getByRole('button', { name: 'Cập nhật báo cáo CT-05 Năm 2025' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Có' }).check();
    await dialog.getByLabel('Ghi chú').fill('Đã tổ chức lớp tập huấn năm 2025 (e2e)');
    await dialog.getByLabel('Địa chỉ liên kết 1').fill('https://facebook.com/ctd.vinhphong');
    await dialog.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.getByText('Đã gửi báo cáo để duyệt.').waitFor();
    await expect
      .poll(() => periodRow(page, 'CT-05', '2025').textContent())
      .toMatch(/Chờ duyệt|Đã gửi/);
    await ctx.close();
  });

  it('b: the reviewer approves it and the matrix shows the cell as met', async () => {
    const { page, ctx } = await signedIn(REVIEWER, { width: 1366, height: 768 });
    await page.goto(`${server.url}/review`);
    const item = page
      .getByRole('listitem')
      .filter({ hasText: VINH_PHONG })
      .filter({ hasText: 'CT-05' })
      .filter({ hasText: 'Năm 2025' });
    await item.getByRole('button', { name: /Duyệt$/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.goto(`${server.url}/?year=2025`);
    // A chapter with nothing below it has no drill-down link: find its row by its name.
    const row = page.getByRole('row').filter({ hasText: VINH_PHONG });
    // Columns: the unit, then CT-01 … CT-08; under a unit's own state, its branch's share.
    const cell = row.getByRole('cell').nth(4);
    await expect.poll(() => cell.textContent()).toMatch(/^✓\s*Đạt(\d+\/\d+ \(\d+%\))?$/);
    await ctx.close();
  });

  it('c: the cadre gets no edit controls for another chapter, and the API refuses', async () => {
    const { page, ctx } = await signedIn(CADRE);
    const haTien = unitIds.get('ag-ha-tien') as string;
    await page.goto(`${server.url}/units/${haTien}`);
    await page
      .getByText(/Không tìm thấy/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /Cập nhật báo cáo|Thêm|Sửa/ }).count()).toBe(0);
    const answer = await page.evaluate(async (unitId) => {
      const res = await fetch('/trpc/reports.save', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1' },
        body: JSON.stringify({
          unitId,
          indicator: 'CT-05',
          periodKey: '2027',
          claimsMet: true,
          value: null,
          note: 'không được phép',
          links: [],
          version: null,
        }),
      });
      return { status: res.status, body: await res.json() };
    }, haTien);
    expect(answer.status).toBe(404);
    expect(answer.body.error.data.code).toBe('NOT_FOUND');
    await ctx.close();
  });

  it('d: a training course recorded by the cadre makes CT-05 met, with it as evidence', async () => {
    // The former An Biên district's cadre, now at Hội CTĐ xã An Biên: no course in 2026 yet.
    const { page, ctx } = await signedIn('cadre.kg-an-bien@demo.lantoa.vn');
    await page.goto(`${server.url}/units/${unitIds.get('ag-an-bien')}`);
    const before = periodRow(page, 'CT-05', '2026');
    await expect.poll(() => before.locator('.badge').textContent()).not.toMatch(/Đạt/);
    await page.getByRole('button', { name: 'Thêm Khóa tập huấn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tiêu đề').fill('Tập huấn kỹ năng truyền thông');
    await dialog.getByLabel('Ngày tổ chức').fill('12/08/2026');
    await dialog.getByLabel('Số người tham dự').fill('35');
    await dialog.getByLabel('Cấp tổ chức').selectOption({ label: 'Cấp huyện' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu hồ sơ.').waitFor();
    const period = periodRow(page, 'CT-05', '2026');
    await expect.poll(() => period.locator('.badge').textContent()).toMatch(/^✓\s*Đạt$/);
    await period
      .getByRole('list', { name: 'Minh chứng' })
      .getByText('Khóa tập huấn 12/08/2026 — Tập huấn kỹ năng truyền thông')
      .waitFor();
    await page
      .getByRole('region', { name: 'Khóa tập huấn (CT-05)' })
      .locator('.record-line', { hasText: '12/08/2026 — Tập huấn kỹ năng truyền thông' })
      .waitFor();
    await ctx.close();
  });
});

// A 1×1 PNG: the server checks a file's first bytes, not its name or declared type.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('evidence files from a phone', () => {
  it('f: the cadre saves a draft, attaches a photo to it, then removes it', async () => {
    const { page, ctx } = await signedIn(CADRE);
    await page.goto(`${server.url}/units/${unitIds.get('ag-vinh-phong')}`);
    await page.getByRole('heading', { level: 1, name: VINH_PHONG }).waitFor();
    const open = () =>
      page.getByRole('button', { name: 'Cập nhật báo cáo CT-06 Năm 2027' }).click();
    await open();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Chưa' }).check();
    await dialog.getByLabel('Ghi chú').fill('Chuẩn bị tham gia chiến dịch (e2e)');
    await dialog.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu báo cáo.').waitFor();
    await open();
    await dialog
      .getByLabel('Đính kèm tệp')
      .setInputFiles({ name: 'anh-minh-chung.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByRole('link', { name: 'anh-minh-chung.png' }).waitFor();
    await dialog.getByRole('button', { name: 'Gỡ tệp anh-minh-chung.png' }).click();
    await expect
      .poll(() => dialog.getByRole('link', { name: 'anh-minh-chung.png' }).count())
      .toBe(0);
    await dialog.getByText('Đã gỡ tệp: anh-minh-chung.png').waitFor();
    // The draft is still editable with the version the file changes left it at.
    await dialog.getByLabel('Ghi chú').fill('Đã có kế hoạch tham gia (e2e)');
    await dialog.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu báo cáo.').waitFor();
    await ctx.close();
  });
});
