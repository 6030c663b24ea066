// Screenshots of decision 31's screens: the plan page's adoption part (a province with no
// plan of its own; sign in as its administrator) and the amendment form adding an
// indicator, previewed, at a phone and a laptop size.
// Usage: node scripts/screenshots-adoption.mjs [baseUrl] [outDir] [email]
//   (password: LANTOA_DEMO_PASSWORD; the account's province must have adopted no plan)
import { mkdirSync } from 'node:fs';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens';
const email = process.argv[4] ?? 'admin.camau@demo.lantoa.vn';
const password = process.env.LANTOA_DEMO_PASSWORD;
if (!password) throw new Error('Set LANTOA_DEMO_PASSWORD');
mkdirSync(out, { recursive: true });

const browser = await launchChromium();

for (const [tag, viewport] of VIEWPORTS) {
  const errors = [];
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await signIn(page, { base, email, password });
  await page.goto(`${base}/plan`);
  await page.getByRole('heading', { name: 'Kế hoạch của tỉnh' }).waitFor();
  await page.getByRole('heading', { name: 'Kế hoạch của tỉnh' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-plan-adoption.png`, fullPage: false });
  await page.getByRole('button', { name: 'Thông qua bản sao' }).click();
  await page.getByText('Ngày không hợp lệ', { exact: false }).first().waitFor();
  await page.screenshot({ path: `${out}/${tag}-plan-adoption-errors.png`, fullPage: false });
  await page.getByRole('button', { name: 'Ghi nhận văn bản sửa đổi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Có hiệu lực từ ngày').fill('01/01/2027');
  await dialog.getByLabel('Số văn bản').fill('8/QĐ-CTĐ (mẫu)');
  await dialog.getByLabel('Ngày ban hành').fill('20/12/2026');
  await dialog.getByLabel('Cơ quan ban hành').fill('Hội CTĐ tỉnh Cà Mau (mẫu)');
  await dialog.getByLabel('Nội dung tóm tắt').fill('Thêm chỉ tiêu đội sơ cấp cứu cấp xã.');
  await dialog.getByLabel('Loại thay đổi').selectOption('add_indicator');
  await dialog.getByLabel(/Mã chỉ tiêu mới/).fill('CT-09');
  await dialog.getByLabel('Tên ngắn (tiếng Việt)').fill('Đội sơ cấp cứu');
  await dialog.getByLabel('Tên ngắn (tiếng Anh)').fill('First-aid team');
  await dialog.getByLabel('Nội dung (tiếng Việt)').fill('Mỗi xã có một đội sơ cấp cứu');
  await dialog.getByLabel('Nội dung (tiếng Anh)').fill('Every commune has a first-aid team');
  await dialog.getByLabel('Điều khoản').fill('Mục II.9 (mẫu)');
  await dialog.getByLabel('Điều kiện đạt (tiếng Việt)').fill('Báo cáo được duyệt');
  await dialog.getByLabel('Điều kiện đạt (tiếng Anh)').fill('An approved report');
  for (const name of ['Áp dụng cho', /Tỷ lệ/])
    await dialog
      .getByRole('group', { name })
      .getByLabel('Hội CTĐ xã, phường, đặc khu', { exact: true })
      .check();
  await dialog.getByLabel('Mục tiêu (tiếng Việt)').fill('100% xã có đội');
  await dialog.getByLabel('Mục tiêu (tiếng Anh)').fill('Every commune has a team');
  await dialog.getByLabel(/Hạn mới/).fill('31/12/2027');
  await dialog.getByLabel(/Mã chỉ tiêu mới/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-amendment-add-indicator.png`, fullPage: false });
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  await dialog.getByText('Xem trước thay đổi').waitFor();
  await dialog.getByRole('button', { name: 'Lưu văn bản sửa đổi' }).scrollIntoViewIfNeeded();
  await page.screenshot({
    path: `${out}/${tag}-amendment-add-indicator-preview.png`,
    fullPage: false,
  });
  if (errors.length > 0) console.error(tag, errors);
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
