// Reporting out, as the province board does it on a desktop: the reviewer fills in the
// annual report (Decree 30), generates it and gets the .docx, finds it kept in the list,
// then downloads the dashboard's matrix as .xlsx. The files' contents are checked by the
// API's tests; here, that a person gets them from the screens, with the service worker
// installed: a download is a navigation the worker must leave to the server.
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { serviceWorkerInControl } from './offline-phone.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';

const REVIEWER = 'reviewer@demo.lantoa.vn';
const DESKTOP = { width: 1280, height: 800 };

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

async function signedIn(email: string): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: DESKTOP,
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await serviceWorkerInControl(page);
  return page;
}

/** A zip file (docx and xlsx are both): "PK\x03\x04". */
async function isZip(download: Download) {
  const bytes = await readFile(await download.path());
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

describe('reporting out on a desktop', () => {
  it('the reviewer generates the annual report and downloads the matrix as .xlsx', async () => {
    const page = await signedIn(REVIEWER);
    await page.getByRole('link', { name: 'Báo cáo định kỳ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' }).waitFor();

    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Lập báo cáo' }) });
    await form.getByRole('combobox', { name: 'Năm', exact: true }).selectOption('2025');
    await form.getByRole('radio', { name: 'Báo cáo năm' }).check();
    await form.getByLabel('Số, ký hiệu').fill('15/BC-CTĐ');
    await form.getByLabel('Họ tên người ký').fill('Nguyễn Thị Minh Hạnh');
    await form.getByLabel('Đánh giá chung').fill('Các đơn vị đã triển khai nghiêm túc Kế hoạch.');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Lập và tải báo cáo' }).click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/^Báo cáo năm 2025 - .+\.docx$/);
    expect(await isZip(report)).toBe(true);
    await page.getByRole('status').getByText('Đã lập báo cáo:').waitFor();
    const kept = page.locator('section', {
      has: page.getByRole('heading', { name: 'Báo cáo đã lập' }),
    });
    await kept
      .getByRole('heading', { name: /^Báo cáo năm 2025 — / })
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    const [matrix] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải Excel \(\.xlsx\) — ma trận chỉ tiêu/ }).click(),
    ]);
    expect(matrix.suggestedFilename()).toMatch(/^Ma trận chỉ tiêu - .+\.xlsx$/);
    expect(await isZip(matrix)).toBe(true);
    await page.context().close();
  });
});
