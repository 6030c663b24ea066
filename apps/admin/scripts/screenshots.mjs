// Screenshots of the built app served by a running API (default http://localhost:3200),
// at a phone and a laptop size, for a person to look at. Output goes outside the repo.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir]   (password: LANTOA_DEMO_PASSWORD)
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens';
const password =
  process.env.LANTOA_DEMO_PASSWORD ??
  readFileSync('/tmp/admin-dev/demo-password.txt', 'utf8').trim();
mkdirSync(out, { recursive: true });

const browser = await launchChromium();

for (const [tag, viewport] of VIEWPORTS) {
  const errors = [];
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/`);
  await page.waitForURL(/sign-in/);
  await page.screenshot({ path: `${out}/${tag}-sign-in.png`, fullPage: true });
  await signIn(page, { base, email: 'cadre.kg-rach-gia@demo.lantoa.vn', password });
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${tag}-dashboard-cadre.png`, fullPage: true });
  const me = await (await page.request.get(`${base}/auth/me`)).json();
  await page.goto(`${base}/units/${me.user.unit.id}`);
  await page
    .getByRole('button', { name: /Cập nhật báo cáo/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${out}/${tag}-unit-report-form.png`, fullPage: false });
  // A cadre's few taps: met, a note, a link, submit.
  await page.getByRole('radio', { name: 'Có' }).check();
  await page.getByLabel('Ghi chú').fill(`Đã thực hiện (${tag})`);
  await page.getByLabel('Địa chỉ liên kết 1').fill('https://facebook.com/ctd.rachgia');
  await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
  await page.getByText('Đã gửi báo cáo để duyệt.').waitFor();
  await page.screenshot({ path: `${out}/${tag}-unit-after-submit.png`, fullPage: false });
  await context.clearCookies();
  await signIn(page, { base, email: 'reviewer@demo.lantoa.vn', password });
  await page.goto(`${base}/review`);
  await page.getByRole('heading', { name: 'Duyệt báo cáo' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-review.png`, fullPage: true });
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${tag}-dashboard-province.png`, fullPage: true });
  // The screens that load on demand: campaigns, stories, ambassadors (as the reviewer).
  await page.goto(`${base}/campaigns`);
  await page.getByRole('heading', { name: 'Chiến dịch' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-campaigns.png`, fullPage: true });
  await page.getByRole('button', { name: /Thêm chiến dịch/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${out}/${tag}-campaign-form.png`, fullPage: false });
  await page.goto(`${base}/stories`);
  await page.getByRole('heading', { name: 'Bài viết' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-stories.png`, fullPage: true });
  await page.locator('.story-row a').first().click();
  await page.getByRole('textbox', { name: 'Nội dung' }).waitFor();
  await page.getByRole('button', { name: 'Xem trước khi đăng' }).click();
  await page.screenshot({ path: `${out}/${tag}-story-editor.png`, fullPage: true });
  await page.goto(`${base}/ambassadors`);
  await page.getByRole('heading', { name: 'Đại sứ' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-ambassadors.png`, fullPage: true });
  await page.locator('table.data a').first().click();
  await page.getByRole('heading', { name: 'Hồ sơ đại sứ' }).waitFor();
  const profileUrl = page.url();
  await page.screenshot({ path: `${out}/${tag}-ambassador-reviewer.png`, fullPage: true });
  // A cadre: the unit's records (with a record form) and an ambassador's masked contacts.
  await context.clearCookies();
  await signIn(page, { base, email: 'cadre.kg-rach-gia@demo.lantoa.vn', password });
  await page.goto(`${base}/units/${me.user.unit.id}`);
  const records = page.getByRole('region', { name: 'Hồ sơ', exact: true });
  await records.screenshot({ path: `${out}/${tag}-unit-records.png` });
  const ct05 = page.locator('.indicator-card').filter({ hasText: 'CT-05' });
  await ct05.screenshot({ path: `${out}/${tag}-unit-ct05-evidence.png` });
  await page.getByRole('button', { name: 'Thêm Khóa tập huấn' }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await page.screenshot({ path: `${out}/${tag}-record-form-errors.png`, fullPage: false });
  await page.goto(profileUrl);
  await page.getByRole('heading', { name: 'Hồ sơ đại sứ' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-ambassador-cadre.png`, fullPage: true });
  console.log(tag, errors.length ? errors : 'no console errors');
  await context.close();
}
await browser.close();
