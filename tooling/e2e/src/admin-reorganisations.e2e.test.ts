// An administrator reorganises in Chromium, on a phone and on a desktop: merges two
// commune-level chapters into a new one, then splits it, placing each unit under it with
// a successor; the tree follows, and each step's preview came first. The units are made
// through the API first, so the test does not depend on which demo tree is in force.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';

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

async function tree(page: Page, asOf?: string): Promise<TreeUnit[]> {
  const input = encodeURIComponent(JSON.stringify(asOf ? { asOf } : {}));
  const res = await page.request.get(`${server.url}/trpc/units.tree?input=${input}`);
  return (await res.json()).result.data.units;
}

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
    const root = (await tree(page)).find((u) => u.parentId === null && u.kind === 'province');
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
    const rootOption = { label: `${root.name} · Hội CTĐ tỉnh` };

    await page.goto(`${server.url}/units`);
    await page.getByRole('link', { name: 'Sắp xếp tổ chức' }).click();
    await page.getByRole('heading', { name: 'Sắp xếp tổ chức', level: 1 }).waitFor();

    // 1. Merge A and B into a new commune-level chapter from 01/01/2026.
    await startReorganisation(page, `Hợp nhất xã thử ${tag}`, '01/01/2026');
    const merge = page.getByRole('group', { name: /Bước 1/ });
    await merge.getByLabel(a.name).check();
    await merge.getByLabel(b.name).check();
    await merge.getByLabel('Một đơn vị mới', { exact: true }).check();
    await merge.getByLabel('Mã đơn vị mới', { exact: true }).fill(`e2e-${tag}-m`);
    await merge.getByLabel('Tên đơn vị mới', { exact: true }).fill(`Hội CTĐ xã Hợp Nhất ${tag}`);
    await merge.getByLabel('Trực thuộc', { exact: true }).selectOption(rootOption);
    await previewAndApply(page);
    const merged = (await tree(page, '2026-01-01')).find((u) => u.code === `e2e-${tag}-m`);
    expect(merged?.parentId).toBe(root.id);
    const afterMerge = await tree(page, '2026-01-01');
    expect(
      afterMerge
        .filter((u) => u.parentId === merged?.id)
        .map((u) => u.id)
        .sort(),
    ).toEqual([g1.id, g2.id].sort());

    // 2. Split it into two from 01/03/2026, each grassroots unit to its own successor.
    await startReorganisation(page, `Chia tách xã thử ${tag}`, '01/03/2026');
    const split = page.getByRole('group', { name: /Bước 1/ });
    await split.getByLabel('Loại thay đổi').selectOption('split');
    const step = page.getByRole('group', { name: /Bước 1/ });
    await step
      .getByLabel('Đơn vị chia tách')
      .selectOption({ label: `Hội CTĐ xã Hợp Nhất ${tag} · Hội CTĐ xã, phường, đặc khu` });
    for (const [i, name] of [`Hội CTĐ phường Đông ${tag}`, `Hội CTĐ phường Tây ${tag}`].entries()) {
      const successor = step.getByRole('group', { name: `Đơn vị mới ${i + 1}` });
      await successor.getByLabel('Mã đơn vị mới', { exact: true }).fill(`e2e-${tag}-s${i + 1}`);
      await successor.getByLabel('Tên đơn vị mới', { exact: true }).fill(name);
      await successor.getByLabel('Trực thuộc', { exact: true }).selectOption(rootOption);
    }
    // Unassigned, the preview names the unit left out and offers no apply.
    await step.getByLabel(g1.name).selectOption({ label: `Hội CTĐ phường Đông ${tag}` });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('alert').filter({ hasText: g2.code }).waitFor();
    expect(await page.getByRole('button', { name: 'Áp dụng tất cả các bước' }).count()).toBe(0);
    await step.getByLabel(g2.name).selectOption({ label: `Hội CTĐ phường Tây ${tag}` });
    await previewAndApply(page);

    const after = await tree(page, '2026-03-01');
    const s1 = after.find((u) => u.code === `e2e-${tag}-s1`);
    const s2 = after.find((u) => u.code === `e2e-${tag}-s2`);
    expect(after.find((u) => u.id === g1.id)?.parentId).toBe(s1?.id);
    expect(after.find((u) => u.id === g2.id)?.parentId).toBe(s2?.id);
    expect(after.some((u) => u.code === `e2e-${tag}-m`)).toBe(false);
    // The day before the split, the merged unit still holds both.
    expect((await tree(page, '2026-02-28')).filter((u) => u.parentId === merged?.id)).toHaveLength(
      2,
    );
    await page
      .getByRole('listitem')
      .filter({ hasText: `Chia tách xã thử ${tag}` })
      .waitFor();
    await page.context().close();
  }, 120_000);
});
