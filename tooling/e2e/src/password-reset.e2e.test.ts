// "Forgot password" end to end in Chromium against the built API, with a real SMTP server
// started here receiving the mail: request, follow the emailed link, set a new password,
// sign in with it; the same link refused once used; and a link past its 30 minutes
// refused (its expiry moved into the past while the server is stopped).
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { withDatabase } from './seed-database.js';
import {
  createDataDir,
  DEMO_PASSWORD,
  type RunningServer,
  removeDataDir,
  startServer,
} from './server.js';

const EMAIL = 'reviewer@demo.lantoa.vn';
const NEW_PASSWORD = 'Mật-khẩu-mới-e2e-2026';
const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
let dataDir: string;
const inbox: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

async function start() {
  server = await startServer({
    dataDir,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, LANTOA_NOTICES_TICK_SECONDS: '0' },
  });
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  dataDir = createDataDir();
  await start();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  removeDataDir(dataDir);
});

/** The reset link of the newest mail to EMAIL (quoted-printable soft breaks undone). */
async function mailedLink(count: number): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    const mails = inbox.filter((m) => m.to.includes(EMAIL));
    if (mails.length >= count) {
      const text = (mails.at(-1)?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = /(http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[A-Za-z0-9_-]{43})/.exec(
        text,
      )?.[1];
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no reset mail #${count} to ${EMAIL}`);
}

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
  return ctx.newPage();
}

async function requestReset(page: Page) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await page.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByRole('button', { name: 'Gửi liên kết' }).click();
  await page.getByRole('status').filter({ hasText: 'Nếu email này có tài khoản' }).waitFor();
}

describe('password reset by email, in Chromium', () => {
  it('mails a link that sets a new password once; the old password stops working', async () => {
    const page = await newPage();
    await requestReset(page);
    const link = await mailedLink(1);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Đặt lại mật khẩu' }).waitFor();
    await page.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu mới' }).waitFor();
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng' }).waitFor();
    await page.getByLabel('Mật khẩu').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();

    // The same link again: refused, with a way to ask for a new one.
    const again = await newPage();
    await again.goto(link);
    await again.getByLabel('Mật khẩu mới').fill('Another-password-2026');
    await again.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    const alert = again.getByRole('alert');
    await alert.filter({ hasText: 'Liên kết đã hết hạn hoặc đã được dùng' }).waitFor();
    expect(await alert.getByRole('link', { name: 'Yêu cầu liên kết mới' }).count()).toBe(1);
  }, 120_000);

  it('refuses a link past its 30 minutes', async () => {
    const page = await newPage();
    await requestReset(page);
    const link = await mailedLink(2);
    // PGlite has one owner: stop the server, age the token, start it again.
    await server.stop();
    await withDatabase(dataDir, (db) =>
      db.query(
        `UPDATE password_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`,
      ),
    );
    await start();
    const expired = await newPage();
    await expired.goto(link.replace(/127\.0\.0\.1:\d+/, server.url.slice('http://'.length)));
    await expired.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await expired.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await expired
      .getByRole('alert')
      .filter({ hasText: 'Liên kết đã hết hạn hoặc đã được dùng' })
      .waitFor();
  }, 180_000);
});
