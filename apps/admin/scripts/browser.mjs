// Shared by the screenshot scripts: Debian's Chromium with the flags this machine needs
// (no downloads of its own, no background networking), the two widths every screen is
// looked at, and signing a demo account in through the real sign-in form.
import { chromium } from 'playwright-core';

export const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1366, height: 768 }],
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.LANTOA_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function signIn(page, { base, email, password }) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
