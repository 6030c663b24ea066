// An administrator reorganises in Chromium, on a phone and on a desktop: merges two
// commune-level chapters into a new one, then splits it, placing each unit under it with
// a successor; the tree follows, and each step's preview came first. The units are made
// through the API first, so the test does not depend on which demo tree is in force.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';
import { childrenOf, getInPage, pickUnit, unitByCode } from './units-api.js';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 768 },
] as const;

interface TreeUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** A name as an option's accessible name starts (the option adds " — parent"). */
const startsWith = (name: string) => new RegExp(`^${name}( —|$)`);

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

async function signIn(viewport: { width: number; height: number }) {
  const ctx = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill('admin@demo.lantoa.vn');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  return page;
}

/** The units under a unit on a day, through the API (no whole tree: decision 38). */
const under = (page: Page, parentId: string | undefined, asOf?: string) =>
  childrenOf(getInPage(page, server.url), parentId ?? '', asOf);
const byCode = (page: Page, code: string, asOf?: string) =>
  unitByCode(getInPage(page, server.url), code, asOf);

async function createUnit(page: Page, unit: Record<string, unknown>): Promise<TreeUnit> {
  const res = await page.request.post(`${server.url}/trpc/units.create`, {
    headers: { 'x-lantoa-csrf': '1' },
    // Opened with today's province (An Giang, tracked since the reform of 01/07/2025).
    data: { openedOn: '2025-07-01', ...unit },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).result.data;
}

async function previewAndApply(page: Page) {
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Xem trước' }).waitFor();
  await page.getByRole('button', { name: 'Áp dụng tất cả các bước' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã áp dụng đợt sắp xếp.' }).waitFor();
}

async function startReorganisation(page: Page, title: string, date: string) {
  await page.getByRole('button', { name: /Đợt sắp xếp mới/ }).click();
  await page.getByLabel('Tiêu đề').fill(title);
  const dateInput = page.getByLabel(/Ngày hiệu lực/);
  await dateInput.fill(date);
  await dateInput.press('Enter');
}

describe.each(VIEWPORTS)('an administrator reorganises on a $name', (viewport) => {
  it('merges two commune-level chapters into a new one, then splits it', async () => {
    const page = await signIn(viewport);
    const tag = viewport.name;
    const provinces = (await getInPage(page, server.url)('units.provinces', {})) as {
      items: TreeUnit[];
    };
    const root = provinces.items[0];
    if (!root) throw new Error('no province in the demo tree');
    const a = await createUnit(page, {
      code: `e2e-${tag}-a`,
      name: `Hội CTĐ xã Thử A ${tag}`,
      kind: 'commune',
      parentId: root.id,
    });
    const b = await createUnit(page, {
      code: `e2e-${tag}-b`,
      name: `Hội CTĐ xã Thử B ${tag}`,
      kind: 'commune',
      parentId: root.id,
    });
    const g1 = await createUnit(page, {
      code: `e2e-${tag}-g1`,
      name: `Chi hội Một ${tag}`,
      kind: 'grassroots',
      parentId: a.id,
    });
    const g2 = await createUnit(page, {
      code: `e2e-${tag}-g2`,
      name: `Chi hội Hai ${tag}`,
      kind: 'grassroots',
      parentId: b.id,
    });

    await page.goto(`${server.url}/units`);
    await page.getByRole('link', { name: 'Sắp xếp tổ chức' }).click();
    await page.getByRole('heading', { name: 'Sắp xếp tổ chức', level: 1 }).waitFor();

    // 1. Merge A and B into a new commune-level chapter from 01/01/2026.
    await startReorganisation(page, `Hợp nhất xã thử ${tag}`, '01/01/2026');
    const merge = page.getByRole('group', { name: /Bước 1/ });
    await pickUnit(merge, 'Thêm đơn vị', a.name, startsWith(a.name));
    await pickUnit(merge, 'Thêm đơn vị', b.name, startsWith(b.name));
    await merge.getByLabel('Một đơn vị mới', { exact: true }).check();
    await merge.getByLabel('Mã đơn vị mới', { exact: true }).fill(`e2e-${tag}-m`);
    await merge.getByLabel('Tên đơn vị mới', { exact: true }).fill(`Hội CTĐ xã Hợp Nhất ${tag}`);
    await pickUnit(merge, 'Trực thuộc', root.name, startsWith(root.name));
    await previewAndApply(page);
    const merged = await byCode(page, `e2e-${tag}-m`, '2026-01-01');
    expect(merged?.parentId).toBe(root.id);
    expect((await under(page, merged?.id, '2026-01-01')).map((u) => u.id).sort()).toEqual(
      [g1.id, g2.id].sort(),
    );

    // 2. Split it into two from 01/03/2026, each grassroots unit to its own successor.
    await startReorganisation(page, `Chia tách xã thử ${tag}`, '01/03/2026');
    const split = page.getByRole('group', { name: /Bước 1/ });
    await split.getByLabel('Loại thay đổi').selectOption('split');
    const step = page.getByRole('group', { name: /Bước 1/ });
    await pickUnit(
      step,
      'Đơn vị chia tách',
      `Hợp Nhất ${tag}`,
      startsWith(`Hội CTĐ xã Hợp Nhất ${tag}`),
    );
    for (const [i, name] of [`Hội CTĐ phường Đông ${tag}`, `Hội CTĐ phường Tây ${tag}`].entries()) {
      const successor = step.getByRole('group', { name: `Đơn vị mới ${i + 1}` });
      await successor.getByLabel('Mã đơn vị mới', { exact: true }).fill(`e2e-${tag}-s${i + 1}`);
      await successor.getByLabel('Tên đơn vị mới', { exact: true }).fill(name);
      await pickUnit(successor, 'Trực thuộc', root.name, startsWith(root.name));
    }
    // Unassigned, the preview names the unit left out and offers no apply.
    await step.getByLabel(g1.name).selectOption({ label: `Hội CTĐ phường Đông ${tag}` });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('alert').filter({ hasText: g2.code }).waitFor();
    expect(await page.getByRole('button', { name: 'Áp dụng tất cả các bước' }).count()).toBe(0);
    await step.getByLabel(g2.name).selectOption({ label: `Hội CTĐ phường Tây ${tag}` });
    await previewAndApply(page);

    const s1 = await byCode(page, `e2e-${tag}-s1`, '2026-03-01');
    const s2 = await byCode(page, `e2e-${tag}-s2`, '2026-03-01');
    expect((await under(page, s1?.id, '2026-03-01')).map((u) => u.id)).toEqual([g1.id]);
    expect((await under(page, s2?.id, '2026-03-01')).map((u) => u.id)).toEqual([g2.id]);
    expect(await byCode(page, `e2e-${tag}-m`, '2026-03-01')).toBeUndefined();
    // The day before the split, the merged unit still holds both.
    expect(await under(page, merged?.id, '2026-02-28')).toHaveLength(2);
    await page
      .getByRole('listitem')
      .filter({ hasText: `Chia tách xã thử ${tag}` })
      .waitFor();
    await page.context().close();
  }, 120_000);
});
