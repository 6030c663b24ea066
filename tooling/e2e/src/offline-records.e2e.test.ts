// Records offline on a 390 px phone in Chromium (decision 34): a record deleted and a photo
// attached to another while offline survive a reload, show as waiting in the list, and reach
// the server with the right versions when the network is back; a photo attached to a record
// made offline goes once the record is there, under the id the phone chose; a record someone
// else edited while the phone was offline is never deleted silently (a conflict, then
// "Vẫn xóa" on the newer version); a photo whose answer was lost is not stored twice when
// the phone sends it again. LANTOA_SCREENSHOTS=dir keeps screenshots of the list.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import {
  ADMIN,
  bigPhoto,
  CADRE,
  cadreOnUnitPage,
  cookieOf,
  queueOf,
  RACH_GIA,
} from './offline-phone.js';
import { type RunningServer, startServer } from './server.js';

let server: RunningServer;
let browser: Browser;

interface Publication {
  id: string;
  title: string;
  version: number;
  files: { contentType: string; sizeBytes: number }[];
}

// One sign-in per account: sign-ins are throttled (decision 8).
const cookies = new Map<string, string>();
async function call<T>(email: string, procedure: string, input: unknown, isMutation = false) {
  if (!cookies.has(email)) cookies.set(email, await cookieOf(server, email));
  const cookie = cookies.get(email) as string;
  const res = isMutation
    ? await fetch(`${server.url}/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1', cookie },
        body: JSON.stringify(input),
      })
    : await fetch(
        `${server.url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
        {
          headers: { cookie },
        },
      );
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

const onServer = async (unitId: string, title: string) =>
  (
    await call<{ publication: Publication[] }>(ADMIN, 'records.ofUnit', { unitId, limit: 200 })
  ).publication.find((p) => p.title === title);

const leaflet = (unitId: string, title: string) => ({
  kind: 'publication',
  unitId,
  title,
  series: 'other',
  publicationKind: 'leaflet',
  publishedOn: '2026-10-15',
  url: null,
});

/** A publication the cadre made online, before the signal went. */
const made = (unitId: string, title: string) =>
  call<Publication>(
    CADRE,
    'records.save',
    {
      id: null,
      version: null,
      record: leaflet(unitId, title),
    },
    true,
  );

const lineOf = (page: Page, title: string): Locator =>
  page
    .getByRole('region', { name: /^Ấn phẩm/ })
    .getByRole('listitem')
    .filter({ hasText: title });

async function deleteOffline(page: Page, title: string) {
  await lineOf(page, title).getByRole('button', { name: /^Xóa/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa hẳn' }).click();
  await page.getByText('Đã lưu trên máy: hồ sơ sẽ được xóa khi có mạng.').waitFor();
}

async function attachOffline(page: Page, title: string, fileName: string) {
  await lineOf(page, title)
    .getByRole('button', { name: /^Tệp lưu trữ/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Thêm tệp (gửi khi có mạng)').setInputFiles({
    name: `${fileName}.png`,
    mimeType: 'image/png',
    buffer: bigPhoto(),
  });
  await dialog
    .getByText(new RegExp(`${fileName}\\.jpg · \\d+ KB · Chờ gửi`))
    .waitFor({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
}

/** The section shown (the records list, or the queue under the header), at 390 px. */
async function screenshot(page: Page, name: string, section: 'list' | 'queue' = 'list') {
  const dir = process.env.LANTOA_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const shown =
    section === 'list'
      ? page.getByRole('region', { name: /^Ấn phẩm/ })
      : page.getByRole('region', { name: 'Thay đổi chờ gửi' });
  await shown.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await shown.screenshot({ path: path.join(dir, `${name}-${section}.png`) });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('records offline on a phone', () => {
  it('deletes one record and attaches a photo to another offline; both reach the server', async () => {
    const { page, ctx, unitId: unit } = await cadreOnUnitPage(browser, server);
    const stamp = Date.now();
    const [gone, kept] = [`Tờ rơi cũ ${stamp}`, `Tờ rơi sơ cứu ${stamp}`];
    await made(unit, gone);
    const before = await made(unit, kept);
    await page.reload(); // the list as synced, with both
    await lineOf(page, kept).waitFor();

    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RACH_GIA }).waitFor();
    await deleteOffline(page, gone);
    await lineOf(page, gone).getByText('Chờ xóa').waitFor();
    await attachOffline(page, kept, 'IMG_0002');
    await lineOf(page, kept).getByText('1 tệp chờ gửi').waitFor();

    await page.reload(); // still offline: the queue is in IndexedDB, not in memory
    await page.getByText('Thay đổi chờ gửi: 2').waitFor();
    await lineOf(page, gone).getByText('Chờ xóa').waitFor();
    await lineOf(page, kept).getByText('1 tệp chờ gửi').waitFor();
    // Nothing to edit or delete on a record waiting to be deleted.
    expect(await lineOf(page, gone).getByRole('button').count()).toBe(0);
    await screenshot(page, 'offline-records-pending-390');
    expect(await onServer(unit, gone)).toBeDefined();
    expect((await onServer(unit, kept))?.files).toEqual([]);

    await ctx.setOffline(false);
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Đã gửi: 2 thay đổi đã lên máy chủ').waitFor();
    expect(await onServer(unit, gone)).toBeUndefined();
    const after = await onServer(unit, kept);
    expect(after?.version).toBe(before.version + 1); // one upload, one version
    expect(after?.files).toHaveLength(1);
    expect(after?.files[0]?.contentType).toBe('image/jpeg');
    expect(after?.files[0]?.sizeBytes).toBeLessThanOrEqual(520 * 1024);
    await lineOf(page, gone).waitFor({ state: 'detached' });
    await ctx.close();
  });

  it('a photo whose answer is lost on the way back is stored once, when the phone sends it again', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const title = `Tờ rơi vùng sóng yếu ${Date.now()}`;
    const before = await made(unitId, title);
    await page.reload();
    await lineOf(page, title).waitFor();
    await ctx.setOffline(true);
    await attachOffline(page, title, 'IMG_0004');
    // Back in signal for the upload only: the server stores the file, the answer never
    // reaches the phone (a phone walking out of signal again).
    let reached = 0;
    await page.route(
      '**/files/publications/**',
      async (route) => {
        reached += 1;
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await ctx.setOffline(false);
    await expect.poll(() => reached, { timeout: 30_000 }).toBe(1);
    await page.getByText('Thay đổi chờ gửi: 1').waitFor();
    expect((await onServer(unitId, title))?.files).toHaveLength(1);

    expect(await queueOf(page)).toEqual(['waiting']);

    await page.reload(); // the queue tries again, under the key the photo was given
    // Sent and gone: without the key the resend would meet its own upload's version and
    // wait as a conflict.
    await expect.poll(() => queueOf(page), { timeout: 30_000 }).toEqual([]);
    const after = await onServer(unitId, title);
    expect(after?.files).toHaveLength(1);
    expect(after?.version).toBe(before.version + 1);
    await ctx.close();
  });

  it('a photo attached to a record made offline goes once the record is on the server', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const title = `Bản tin xã đảo ${Date.now()}`;
    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RACH_GIA }).waitFor();
    await page.getByRole('button', { name: '+ Thêm Ấn phẩm' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tiêu đề').fill(title);
    await dialog.getByLabel('Ngày phát hành').fill('15/10/2026');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu trên máy. Sẽ gửi khi có mạng.').waitFor();
    await attachOffline(page, title, 'IMG_0003');
    await lineOf(page, title).getByText('1 tệp chờ gửi').waitFor();
    await page.getByText('Thay đổi chờ gửi: 1').waitFor(); // the photo rides with the create

    await ctx.setOffline(false);
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    const saved = await onServer(unitId, title);
    expect(saved?.version).toBe(2); // created, then one photo
    expect(saved?.files).toHaveLength(1);
    await ctx.close();
  });

  it('a record someone else edited meanwhile is not deleted silently: a conflict first', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const title = `Phim hiến máu ${Date.now()}`;
    const mine = await made(unitId, title);
    await page.reload();
    await lineOf(page, title).waitFor();
    await ctx.setOffline(true);
    await deleteOffline(page, title);

    // Meanwhile the province corrects the same record.
    const theirs = await call<Publication>(
      ADMIN,
      'records.save',
      { id: mine.id, version: mine.version, record: leaflet(unitId, `${title} (sửa)`) },
      true,
    );

    await ctx.setOffline(false);
    await page
      .getByText('Người khác đã sửa hồ sơ này sau khi bạn xóa', { exact: false })
      .waitFor({ timeout: 30_000 });
    expect((await onServer(unitId, `${title} (sửa)`))?.version).toBe(theirs.version);
    await screenshot(page, 'offline-records-conflict-390', 'queue');
    await page.getByRole('button', { name: 'Vẫn xóa' }).click();
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await onServer(unitId, `${title} (sửa)`)).toBeUndefined();
    await ctx.close();
  });
});
