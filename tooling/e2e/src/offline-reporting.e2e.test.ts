// The installable app offline, on a 390 px phone in Chromium: the service worker opens the
// app with no network, the unit page shows what was last synced, a report edited offline
// (with a photo) survives a reload and reaches the server, with the right version, when the
// network is back; a record added and edited offline is saved once when the network is back
// (decision 34); a report someone else changed meanwhile comes back as a conflict; and
// sign-out leaves nothing of the cadre on the phone (decision 24).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { ADMIN, bigPhoto, CADRE, cadreOnUnitPage, cookieOf, RACH_GIA } from './offline-phone.js';
import { type RunningServer, startServer } from './server.js';

let server: RunningServer;
let browser: Browser;

interface ServerReport {
  indicator: string;
  periodKey: string;
  version: number;
  note: string;
  files: { contentType: string; sizeBytes: number }[];
}

async function reportOnServer(unitId: string, indicator: string, periodKey: string) {
  const input = encodeURIComponent(JSON.stringify({ unitId }));
  const res = await fetch(`${server.url}/trpc/compliance.unit?input=${input}`, {
    headers: { cookie: await cookieOf(server, ADMIN) },
  });
  const body = (await res.json()) as { result: { data: { reports: ServerReport[] } } };
  return body.result.data.reports.find(
    (r) => r.indicator === indicator && r.periodKey === periodKey,
  );
}

async function coursesOnServer(unitId: string, title: string) {
  const input = encodeURIComponent(JSON.stringify({ unitId, limit: 200 }));
  const res = await fetch(`${server.url}/trpc/records.ofUnit?input=${input}`, {
    headers: { cookie: await cookieOf(server, ADMIN) },
  });
  const body = (await res.json()) as {
    result: {
      data: { training_course: { title: string; participants: number; version: number }[] };
    };
  };
  return body.result.data.training_course.filter((c) => c.title === title);
}

async function editOffline(page: Page, button: string, note: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Có' }).check();
  await dialog.getByLabel('Ghi chú').fill(note);
  return dialog;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reporting offline on a phone', () => {
  it('edits a report with a photo offline, survives a reload, and syncs with the right version', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const before = await reportOnServer(unitId, 'CT-05', '2025');

    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RACH_GIA }).waitFor();
    await page.getByText('Đang ngoại tuyến').waitFor();
    await expect(page.getByTestId('last-synced').textContent()).resolves.toMatch(
      /Đồng bộ lần cuối: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    const dialog = await editOffline(
      page,
      'Cập nhật báo cáo CT-05 Năm 2025',
      'Soạn khi mất sóng (e2e)',
    );
    await dialog.getByLabel('Ảnh minh chứng (gửi khi có mạng)').setInputFiles({
      name: 'IMG_0001.png',
      mimeType: 'image/png',
      buffer: bigPhoto(),
    });
    await dialog.getByText(/IMG_0001\.jpg · \d+ KB/).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu trên máy. Sẽ gửi khi có mạng.').waitFor();

    await page.reload(); // still offline: the queue is in IndexedDB, not in memory
    await page.getByText('Thay đổi chờ gửi: 1').waitFor();
    await page.getByText('1 ảnh').waitFor();
    expect(await reportOnServer(unitId, 'CT-05', '2025')).toEqual(before);

    await ctx.setOffline(false);
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    const after = await reportOnServer(unitId, 'CT-05', '2025');
    // One save on the version it edited, then one photo: two versions, never more.
    expect(after?.version).toBe((before?.version ?? 0) + 2);
    expect(after?.note).toBe('Soạn khi mất sóng (e2e)');
    expect(after?.files).toHaveLength((before?.files.length ?? 0) + 1);
    const photo = after?.files.at(-1);
    expect(photo?.contentType).toBe('image/jpeg');
    expect(photo?.sizeBytes).toBeLessThanOrEqual(520 * 1024);
    await ctx.close();
  });

  it('adds a record offline and edits it, survives a reload, and saves it once when online', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const title = `Tập huấn xã đảo ${Date.now()}`;
    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RACH_GIA }).waitFor();

    await page.getByRole('button', { name: '+ Thêm Khóa tập huấn' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tiêu đề').fill(title);
    await dialog.getByLabel('Ngày tổ chức').fill('03/09/2025');
    await dialog.getByLabel('Số người tham dự').fill('25');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu trên máy. Sẽ gửi khi có mạng.').waitFor();
    const line = page
      .getByRole('region', { name: /^Khóa tập huấn/ })
      .getByRole('listitem')
      .filter({ hasText: title });
    await line.getByText('Chờ gửi').waitFor();

    // Edited again while still waiting: one queued create, with the newest figures.
    await line.getByRole('button', { name: /^Sửa/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số người tham dự').fill('31');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu trên máy. Sẽ gửi khi có mạng.').waitFor();

    await page.reload(); // still offline: the queue is in IndexedDB, not in memory
    await page.getByText('Thay đổi chờ gửi: 1').waitFor();
    await line.getByText('Chờ gửi').waitFor();
    await line.locator('.record-line', { hasText: '(31 người)' }).waitFor();
    expect(await coursesOnServer(unitId, title)).toEqual([]);

    await ctx.setOffline(false);
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Đã gửi: 1 thay đổi đã lên máy chủ').waitFor();
    const saved = await coursesOnServer(unitId, title);
    expect(saved).toEqual([expect.objectContaining({ participants: 31, version: 1 })]);
    await line.getByText('Chờ gửi').waitFor({ state: 'detached' });
    await ctx.close();
  });

  it('brings back as a conflict a report someone else changed while the phone was offline', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    await ctx.setOffline(true);
    const dialog = await editOffline(
      page,
      'Cập nhật báo cáo CT-05 Năm 2026',
      'Của cán bộ, ngoại tuyến',
    );
    await dialog.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu trên máy. Sẽ gửi khi có mạng.').waitFor();

    // Meanwhile the province writes the same report.
    const res = await fetch(`${server.url}/trpc/reports.save`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lantoa-csrf': '1',
        cookie: await cookieOf(server, ADMIN),
      },
      body: JSON.stringify({
        unitId,
        indicator: 'CT-05',
        periodKey: '2026',
        claimsMet: false,
        note: 'Của tỉnh',
        links: [],
        version: (await reportOnServer(unitId, 'CT-05', '2026'))?.version ?? null,
      }),
    });
    expect(res.status).toBe(200);
    const theirs = await reportOnServer(unitId, 'CT-05', '2026');

    await ctx.setOffline(false);
    await page.getByText('Người khác đã sửa báo cáo này trước').waitFor({ timeout: 30_000 });
    expect((await reportOnServer(unitId, 'CT-05', '2026'))?.note).toBe('Của tỉnh');
    await page.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }).click();
    await page.getByText('Thay đổi chờ gửi').waitFor({ state: 'detached', timeout: 30_000 });
    const resolved = await reportOnServer(unitId, 'CT-05', '2026');
    expect(resolved?.note).toBe('Của cán bộ, ngoại tuyến');
    expect(resolved?.version).toBe((theirs?.version ?? 0) + 1);
    await ctx.close();
  });

  it('sign-out leaves nothing of the cadre: no offline store, no personal answer cached', async () => {
    const { page, ctx, unitId } = await cadreOnUnitPage(browser, server);
    const kept = await page.evaluate(async () => ({
      names: (await indexedDB.databases()).map((d) => d.name),
      lastUser: localStorage.getItem('lantoa.offlineUser'),
    }));
    expect(kept.names).toContain('lantoa-offline');
    expect(kept.lastUser).toContain(CADRE);

    await page.getByRole('button', { name: 'Trình đơn' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const after = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      const urls: string[] = [];
      for (const key of await caches.keys())
        for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
      return { names, urls, lastUser: localStorage.getItem('lantoa.offlineUser') };
    });
    expect(after.names).not.toContain('lantoa-offline');
    expect(after.lastUser).toBeNull();
    expect(after.urls.length).toBeGreaterThan(0); // the app shell is cached...
    expect(after.urls.filter((u) => /\/(trpc|auth|files)\b/.test(new URL(u).pathname))).toEqual(
      [], // ...and nothing personal
    );

    // Offline, the next person on this phone opens the cadre's unit page and sees nothing of it.
    await ctx.setOffline(true);
    await page.goto(`${server.url}/units/${unitId}`);
    await page.waitForLoadState('domcontentloaded');
    await page.waitForTimeout(1500);
    expect(await page.getByRole('heading', { name: RACH_GIA }).count()).toBe(0);
    await ctx.close();
  });
});
