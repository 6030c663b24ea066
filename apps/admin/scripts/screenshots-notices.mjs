// Screenshots of notices (issue 13): the bell and the notices page for an administrator,
// the sent-notices page with the demo outbox, and the forgot-password page, at a phone
// and a laptop size.
// Usage: node scripts/screenshots-notices.mjs [baseUrl] [outDir]   (password: LANTOA_DEMO_PASSWORD)
import { mkdirSync } from 'node:fs';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens';
const password = process.env.LANTOA_DEMO_PASSWORD;
if (!password) throw new Error('Set LANTOA_DEMO_PASSWORD');
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
for (const [tag, viewport] of VIEWPORTS) {
  const errors = [];
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/forgot-password`);
  await page.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-forgot-password.png`, fullPage: true });
  await signIn(page, { base, email: 'admin@demo.lantoa.vn', password });
  await page.goto(`${base}/notices`);
  await page.getByRole('heading', { name: 'Cách nhận thông báo' }).waitFor();
  await page.getByRole('button', { name: 'Đã đọc' }).first().waitFor();
  await page.screenshot({ path: `${out}/${tag}-notices.png`, fullPage: false });
  await page.screenshot({ path: `${out}/${tag}-notices-full.png`, fullPage: true });
  await page.goto(`${base}/sent-notices`);
  await page.getByRole('heading', { name: 'Hộp thư demo' }).waitFor();
  await page.getByText('Tổng hợp tuần').first().waitFor();
  await page.screenshot({ path: `${out}/${tag}-sent-notices.png`, fullPage: false });
  if (errors.length) console.error(tag, errors);
  await context.close();
}
await browser.close();
