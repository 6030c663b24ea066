// Screenshots of reorganisations (issue 10, part 4): two districts merged into a new
// commune-level chapter, its preview; a file import with bad rows; at a phone and a laptop
// size. Usage: node scripts/screenshots-reorganisations.mjs [baseUrl] [outDir]
// (password: LANTOA_DEMO_PASSWORD; on a fresh demo, before demo:reform)
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens';
const password = process.env.LANTOA_DEMO_PASSWORD;
if (!password) throw new Error('Set LANTOA_DEMO_PASSWORD');
mkdirSync(out, { recursive: true });
const csv = `${out}/danh-sach.csv`;
writeFileSync(
  csv,
  'Mã cũ,Mã mới,Tên,Cấp,Cấp trên\nkg-an-bien,xa-thu,Hội CTĐ xã Thử (mẫu),commune,kg\nkhong-co,xa-hai,,commune,kg\n',
);

const browser = await launchChromium();
for (const [tag, viewport] of VIEWPORTS) {
  const errors = [];
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await signIn(page, { base, email: 'admin@demo.lantoa.vn', password });
  await page.goto(`${base}/reorganisations`);
  await page.getByRole('button', { name: /Đợt sắp xếp mới/ }).click();
  await page.getByLabel('Tiêu đề').fill('Sáp nhập An Biên và An Minh (mẫu)');
  await page.getByLabel(/Ngày hiệu lực/).fill('01/06/2025');
  await page.getByLabel(/Ngày hiệu lực/).press('Enter');
  const step = page.getByRole('group', { name: /Bước 1/ });
  await step.getByLabel('Hội CTĐ huyện An Biên').check();
  await step.getByLabel('Hội CTĐ huyện An Minh').check();
  await step.getByLabel('Một đơn vị mới', { exact: true }).check();
  await step.getByLabel('Mã đơn vị mới', { exact: true }).fill(`xa-an-bien-minh-${tag}`);
  await step.getByLabel('Tên đơn vị mới', { exact: true }).fill('Hội CTĐ xã An Biên Minh (mẫu)');
  await step.getByLabel('Trực thuộc', { exact: true }).selectOption({ label: 'Hội Chữ thập đỏ tỉnh Kiên Giang · Hội CTĐ tỉnh' });
  await page.screenshot({ path: `${out}/${tag}-reorg-builder.png`, fullPage: false });
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Xem trước' }).waitFor();
  await page.getByRole('heading', { name: 'Xem trước' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-reorg-preview.png`, fullPage: false });
  await page.getByLabel('Tệp danh sách').setInputFiles(csv);
  await page.getByRole('button', { name: 'Đọc tệp' }).click();
  await page.getByText(/Tệp có \d+ lỗi/).waitFor();
  await page.getByText(/Tệp có \d+ lỗi/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-reorg-import-errors.png`, fullPage: false });
  if (errors.length > 0) console.error(tag, errors);
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
