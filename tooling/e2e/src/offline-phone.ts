// What the offline end-to-end tests share: the demo cadre on their unit's page on a 390 px
// phone with the service worker in control, a session cookie to check the server with, and
// a photo as large as a phone camera's.
import { deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, type RunningServer } from './server.js';

export const CADRE = 'cadre.kg-rach-gia@demo.lantoa.vn';
export const ADMIN = 'admin@demo.lantoa.vn';
export const RACH_GIA = 'Hội CTĐ phường Rạch Giá';
export const PHONE = { width: 390, height: 844 };

export async function cookieOf(server: RunningServer, email: string): Promise<string> {
  const res = await fetch(`${server.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A 2,400 × 1,800 PNG (a phone camera's size): the app must shrink it before keeping it. */
export function bigPhoto(): Buffer {
  const [w, h] = [2400, 1800];
  const row = Buffer.alloc(1 + w * 3);
  for (let x = 0; x < w; x++) row.set([(x * 7) % 256, (x * 13) % 256, (x * 3) % 256], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** Signed in, on their unit's page, with the service worker in control of the page. */
export async function cadreOnUnitPage(
  browser: Browser,
  server: RunningServer,
): Promise<{ page: Page; ctx: BrowserContext; unitId: string }> {
  const ctx = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(CADRE);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.getByRole('button', { name: 'Trình đơn' }).click();
  await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
  await page.getByRole('heading', { level: 1, name: RACH_GIA }).waitFor();
  await serviceWorkerInControl(page);
  const unitId = new URL(page.url()).pathname.split('/').pop() as string;
  return { page, ctx, unitId };
}

/** Waits until the installed service worker answers this page's requests. */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

/** What the phone's queue holds (each change's status), read from IndexedDB in the page. */
export function queueOf(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('lantoa-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => {
            resolve((all.result as { status: string }[]).map((change) => change.status));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
