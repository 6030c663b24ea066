// Screenshots of the plan page (issue 10): the plan in force today and on 30/06/2025, and
// an administrator's amendment with its preview, at a phone and a laptop size.
// Usage: node scripts/screenshots-plan.mjs [baseUrl] [outDir]   (password: LANTOA_DEMO_PASSWORD)
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
  await signIn(page, { base, email: 'admin@demo.lantoa.vn', password });
  await page.goto(`${base}/plan`);
  await page.getByRole('heading', { name: /CT-01/ }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-plan-today.png`, fullPage: true });
  await page.goto(`${base}/plan?asOf=2025-06-30`);
  await page.getByText('Chỉ tiêu ngày 30/06/2025').waitFor();
  await page.screenshot({ path: `${out}/${tag}-plan-2025-06-30.png`, fullPage: false });
  await page.getByRole('button', { name: 'Ghi nhận văn bản sửa đổi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Có hiệu lực từ ngày').fill('01/01/2027');
  await dialog.getByLabel('Số văn bản').fill('7/QĐ-CTĐ (mẫu)');
  await dialog.getByLabel('Ngày ban hành').fill('20/12/2026');
  await dialog.getByLabel('Cơ quan ban hành').fill('Hội CTĐ tỉnh An Giang');
  await dialog.getByLabel('Nội dung tóm tắt').fill('Trang Fanpage: chỉ còn cấp tỉnh.');
  await dialog.getByLabel('Chỉ tiêu').selectOption('CT-04');
  await dialog
    .getByRole('group', { name: 'Áp dụng cho' })
    .getByLabel('Hội CTĐ tỉnh', { exact: true })
    .check();
  await dialog
    .getByRole('group', { name: /Tỷ lệ/ })
    .getByLabel('Hội CTĐ tỉnh', { exact: true })
    .check();
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  await dialog.getByText('Xem trước thay đổi').waitFor();
  await dialog.getByRole('button', { name: 'Lưu văn bản sửa đổi' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-plan-amendment-preview.png`, fullPage: false });
  if (errors.length > 0) console.error(tag, errors);
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
