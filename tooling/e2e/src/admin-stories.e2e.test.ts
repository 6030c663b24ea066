// Stories from the editor to the public feed, in Chromium against the built API: a reviewer
// writes a story with the rich-text editor (under the admin CSP, which forbids inline
// styles), the administrator publishes it (four eyes), and it appears in the unit's public
// stories.json.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';
import { pickUnit } from './units-api.js';

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

describe('stories', () => {
  it('e: a reviewer writes a story, the administrator publishes it, and it appears in the public stories.json', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    await page.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCsp(t: string): void }).__reportCsp;
        report(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('reviewer@demo.lantoa.vn');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();

    await page.getByRole('link', { name: 'Bài viết' }).click();
    await page.getByRole('link', { name: /Viết bài mới/ }).click();
    const title = `Tấm lòng vàng ${Date.now()}`;
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await page.getByLabel('Tóm tắt').fill('Hội viên Rạch Giá giúp bà con vùng lũ.');
    await pickUnit(page, 'Đơn vị', 'phuong rach gia', /^Hội CTĐ phường Rạch Giá( —|$)/);
    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await page.getByRole('button', { name: 'Đậm' }).click();
    // The toolbar hands focus back to the editor a moment after the click: type only then.
    const isEditorFocused = () => body.evaluate((el) => el.contains(document.activeElement));
    await expect.poll(isEditorFocused).toBe(true);
    await page.keyboard.type('Nghĩa cử cao đẹp');
    await page.getByRole('button', { name: 'Đậm' }).click();
    await expect.poll(isEditorFocused).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoàn đã trao 200 phần quà.');
    await expect.poll(() => body.locator('strong').textContent()).toBe('Nghĩa cử cao đẹp');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL((url) => /\/stories\/[0-9a-f-]{36}$/.test(url.pathname));
    // Four eyes (decision 17): its author is not offered to publish it; the administrator is.
    await page.getByRole('button', { name: 'Gửi duyệt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Đăng bài' }).count()).toBe(0);
    const adminCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const adminPage = await adminCtx.newPage();
    adminPage.on('pageerror', (e) => errors.push(String(e)));
    await adminPage.goto(`${server.url}/sign-in`);
    await adminPage.getByLabel('Email').fill('admin@demo.lantoa.vn');
    await adminPage.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await adminPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await adminPage.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await adminPage.goto(page.url());
    await adminPage.getByRole('button', { name: 'Đăng bài' }).click();
    await adminPage.getByText('Đã cập nhật trạng thái bài viết.').waitFor();
    await adminPage.getByText('Đã đăng').first().waitFor();
    await adminCtx.close();

    await expect
      .poll(async () => {
        const res = await fetch(`${server.url}/public/v1/units/ag-rach-gia/stories.json`);
        const feed = (await res.json()) as { stories?: { title: string; html?: string }[] };
        return JSON.stringify(feed.stories?.find((s) => s.title === title) ?? null);
      })
      .toMatch(/<strong>Nghĩa cử cao đẹp<\/strong>/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
