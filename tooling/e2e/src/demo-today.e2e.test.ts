// The default demo tells today's truth, in Chromium against the built API: an administrator
// sees An Giang with its commune-level chapters, and "Xem theo ngày 30/06/2025" shows
// Kiên Giang with its districts, the day kept from the dashboard to the unit tree, on a
// phone and on a desktop. A badge still embedded on a former district's website says what
// became of the district, and as of 30/06/2025 shows its state then.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill('admin@demo.lantoa.vn');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  return page;
}

/** Waits (Playwright's patience, not a poll's second) for the matrix of that province. */
const matrixOf = (page: Page, province: string) =>
  page.locator('#matrix-title', { hasText: province }).waitFor();

describe.each([
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1366, height: 768 }],
])('the dashboard on %s', (_name, viewport) => {
  it('shows An Giang today and Kiên Giang as of 30/06/2025, the day kept across pages', async () => {
    const page = await signIn(viewport);
    await matrixOf(page, 'Hội Chữ thập đỏ tỉnh An Giang');
    await page.getByRole('link', { name: 'Hội CTĐ phường Rạch Giá' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Hội CTĐ thành phố Rạch Giá' }).count()).toBe(0);

    await page.getByLabel(/Xem theo ngày/).fill('30/06/2025');
    await page.getByLabel(/Xem theo ngày/).press('Enter');
    await page.waitForURL(/asOf=2025-06-30/);
    await matrixOf(page, 'Hội Chữ thập đỏ tỉnh Kiên Giang');
    await page.getByText('Đang xem theo ngày 30/06/2025').waitFor();
    await page.getByRole('link', { name: 'Hội CTĐ thành phố Rạch Giá' }).first().waitFor();
    await page
      .locator('section[aria-labelledby="rollups-title"]')
      .getByText(/\/15 huyện, thành Hội/)
      .first()
      .waitFor();

    if (viewport.width < 600) await page.getByRole('button', { name: 'Trình đơn' }).click();
    await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await page.waitForURL(/\/units\?asOf=2025-06-30/);
    await page.getByRole('link', { name: 'Hội CTĐ huyện An Biên' }).waitFor();
    await page.getByRole('button', { name: 'Về hôm nay' }).click();
    await page.getByRole('link', { name: 'Hội CTĐ xã An Biên' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hội CTĐ huyện An Biên' }).count()).toBe(0);
    await page.context().close();
  });
});

describe("a former district's badge", () => {
  it('says it was split among the chapters, and shows its state as of 30/06/2025', async () => {
    const page = await browser.newPage();
    const url = `${server.url}/public/v1/units/kg-ha-tien/badge.svg?indicator=CT-03`;
    await page.goto(url);
    const label = () => page.locator('svg').getAttribute('aria-label');
    expect(await label()).toBe(
      'Hội CTĐ thành phố Hà Tiên: Đã chia thành Hội CTĐ phường Hà Tiên và 2 đơn vị khác từ 01/07/2025',
    );
    await page.goto(`${url}&asOf=2025-06-30`);
    expect(await label()).toMatch(/^Chỉ tiêu CT-03 \(.+\): (?!Đã chia)/);
    await page.close();
  });
});
