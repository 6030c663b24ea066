// An administrator's day in Chromium against the built API: open a grassroots unit under a
// commune-level chapter with an effective date, rename it, give it a cadre who can then sign in, and
// find all of it in the audit log, whose hash chain verifies. axe-core runs in the real
// browser (colour contrast included) on the screens visited.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';
import { pickUnit } from './units-api.js';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const LAPTOP = { width: 1366, height: 768 };
const NEW_UNIT = 'Hội CTĐ xã Thử Nghiệm';
const RENAMED = 'Hội CTĐ xã Thử Nghiệm Mới';

let server: RunningServer;
let browser: Browser;
let page: Page;
let cadrePage: Page;

async function signIn(email: string, password = DEMO_PASSWORD) {
  // bypassCSP only lets the test inject axe-core; the app's CSP is tested elsewhere.
  const ctx = await browser.newContext({ viewport: LAPTOP, locale: 'vi-VN', bypassCSP: true });
  const p = await ctx.newPage();
  await p.goto(`${server.url}/sign-in`);
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Mật khẩu').fill(password);
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await p.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  return p;
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}
interface Axe {
  run(context: Document): Promise<{ violations: AxeViolation[] }>;
}

/** Serious and critical axe violations on the page as a person sees it. */
async function axeViolations(p: Page) {
  await p.addScriptTag({ content: AXE_SOURCE });
  return p.evaluate(async () => {
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
}

/** The administrator flips a user's status through the API, as the users screen does. */
async function setDisabled(email: string, isDisabled: boolean) {
  // The list pages on the server (decision 33): ask it for this email.
  const input = encodeURIComponent(JSON.stringify({ search: email }));
  const list = await (
    await page.request.get(`${server.url}/trpc/users.list?input=${input}`)
  ).json();
  const user = list.result.data.items.find((u: { email: string }) => u.email === email);
  const res = await page.request.post(`${server.url}/trpc/users.update`, {
    headers: { 'x-lantoa-csrf': '1' },
    data: { id: user.id, version: user.version, isDisabled },
  });
  expect(res.status()).toBe(200);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await signIn('admin@demo.lantoa.vn');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an administrator manages units, people and the audit log', () => {
  it('opens a grassroots unit under Hội CTĐ xã An Biên from 01/01/2026', async () => {
    await page.goto(`${server.url}/units`);
    await page.getByRole('button', { name: /Thêm đơn vị/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('ag-an-bien-thu-nghiem');
    await dialog.getByLabel('Tên đơn vị').fill(NEW_UNIT);
    await dialog.getByLabel('Cấp đơn vị').selectOption('grassroots');
    await pickUnit(dialog, 'Đơn vị cấp trên', 'xa an bien', /^Hội CTĐ xã An Biên( —|$)/);
    await dialog.getByLabel('Ngày hiệu lực').fill('01/01/2026');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The page opens a level at a time (decision 38): An Biên, now with a unit under it,
    // opens to show it.
    await page.getByRole('button', { name: 'Mở Hội CTĐ xã An Biên' }).click();
    await expect.poll(() => page.getByRole('link', { name: NEW_UNIT }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renames it', async () => {
    await page.getByRole('button', { name: `Thay đổi ${NEW_UNIT}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Đổi tên').check();
    await dialog.getByLabel('Tên đơn vị').fill(RENAMED);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('link', { name: RENAMED }).count()).toBe(1);
  });

  it('gives it a cadre, who can sign in and sees the unit as theirs', async () => {
    await page.goto(`${server.url}/users`);
    await page.getByRole('button', { name: /Thêm người dùng/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email', { exact: true }).fill('can.bo.thu.nghiem@kiengiang.vn');
    await dialog.getByLabel('Họ tên').fill('Nguyễn Văn Thử');
    await dialog.getByLabel('Vai trò').selectOption('cadre');
    await pickUnit(dialog, 'Đơn vị', 'thu nghiem moi', new RegExp(`^${RENAMED}( —|$)`));
    // The administrator chooses the password (the way kept for deployments without SMTP).
    await dialog.getByLabel('Gửi lời mời qua email để người dùng tự đặt mật khẩu').uncheck();
    await dialog.getByLabel('Mật khẩu', { exact: true }).fill('Thu-Nghiem-2026!');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'can.bo.thu.nghiem@kiengiang.vn' }).count())
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const cadre = await signIn('can.bo.thu.nghiem@kiengiang.vn', 'Thu-Nghiem-2026!');
    const me = await (await cadre.request.get(`${server.url}/auth/me`)).json();
    expect(me.user).toMatchObject({
      role: 'cadre',
      unit: { code: 'ag-an-bien-thu-nghiem', name: RENAMED },
    });
    cadrePage = cadre;
  });

  it('disabling the cadre ends their session mid-use: sign-in, then back where they were', async () => {
    await cadrePage.goto(`${server.url}/deadlines`);
    await cadrePage.getByRole('heading', { name: 'Hạn chót' }).waitFor();
    await setDisabled('can.bo.thu.nghiem@kiengiang.vn', true);
    // Inside the running app (no reload): the next call the page makes is refused.
    await cadrePage.getByRole('link', { name: 'Tổng quan' }).first().click();
    await cadrePage.waitForURL(/\/sign-in\?/);
    expect(new URL(cadrePage.url()).searchParams.get('redirect')).toBe('/');
    await cadrePage.getByText('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.').waitFor();
    await setDisabled('can.bo.thu.nghiem@kiengiang.vn', false);
    await cadrePage.getByLabel('Email').fill('can.bo.thu.nghiem@kiengiang.vn');
    await cadrePage.getByLabel('Mật khẩu').fill('Thu-Nghiem-2026!');
    await cadrePage.getByRole('button', { name: 'Đăng nhập' }).click();
    await cadrePage.waitForURL((url) => url.pathname === '/');
    await cadrePage.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await cadrePage.context().close();
  });

  it('finds every change in the audit log, and the chain verifies', async () => {
    await page.goto(`${server.url}/audit`);
    await page.getByText(/Chuỗi băm hợp lệ/).waitFor();
    for (const action of ['unit.create', 'unit.rename', 'user.create']) {
      await expect.poll(() => page.getByRole('cell', { name: action }).count()).toBeGreaterThan(0);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the dashboard passes axe in the real browser too', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await page.locator('table').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
