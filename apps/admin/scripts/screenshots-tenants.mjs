// Screenshots of provinces as tenants (decision 20): Central's dashboard with its province
// switcher (the phone's menu open), and the sample province's administrator on their own
// dashboard, at a phone and a laptop size.
// Usage: node scripts/screenshots-tenants.mjs [baseUrl] [outDir]   (password: LANTOA_DEMO_PASSWORD)
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
  const central = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await central.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await signIn(page, { base, email: 'trunguong@demo.lantoa.vn', password });
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  if (tag === 'phone') await page.getByRole('button', { name: 'Trình đơn' }).click();
  await page
    .getByLabel('Tỉnh, thành Hội')
    .selectOption({ label: 'Hội Chữ thập đỏ tỉnh Cà Mau (mẫu)' });
  await page
    .getByRole('heading', { name: /Cà Mau/ })
    .first()
    .waitFor();
  if (tag === 'phone') await page.getByRole('button', { name: 'Trình đơn' }).click();
  await page.screenshot({ path: `${out}/${tag}-tenants-central.png`, fullPage: false });
  await central.close();
  const province = await browser.newContext({ viewport, locale: 'vi-VN' });
  const admin = await province.newPage();
  admin.on('pageerror', (e) => errors.push(String(e)));
  await signIn(admin, { base, email: 'admin.camau@demo.lantoa.vn', password });
  await admin
    .getByRole('heading', { name: /Cà Mau/ })
    .first()
    .waitFor();
  await admin.screenshot({ path: `${out}/${tag}-tenants-camau-admin.png`, fullPage: false });
  await province.close();
  if (errors.length > 0) console.error(tag, errors);
}
await browser.close();
console.log(`screenshots in ${out}`);
