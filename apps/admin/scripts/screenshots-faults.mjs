// Screenshots of what a person sees when things go wrong, at a phone and a laptop size:
// the API answering 503 (its database away) while screens load and while a report is
// saved, and an administrator's notice of an account under sign-in attack. The 503s are
// made at the network edge (Playwright answers /trpc in the API's own 503 shape); the
// attack is real failed sign-ins against the running demo server.
// Usage: node scripts/screenshots-faults.mjs [baseUrl] [outDir]   (LANTOA_DEMO_PASSWORD)
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens-faults';
const password = process.env.LANTOA_DEMO_PASSWORD;
mkdirSync(out, { recursive: true });

const UNAVAILABLE = {
  vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau vài giây',
  en: 'The database cannot be reached for the moment. Please try again in a few seconds',
};
const unavailableBody = (calls) =>
  JSON.stringify(
    calls.map(() => ({
      error: {
        code: -32603,
        message: UNAVAILABLE.vi,
        data: {
          code: 'SERVICE_UNAVAILABLE',
          httpStatus: 503,
          messages: UNAVAILABLE,
          details: { retryAfterSeconds: 2 },
        },
      },
    })),
  );

const browser = await launchChromium();

/** From now on, /trpc answers 503 as the API does when its database is away. */
async function databaseAway(page, paths = /.*/) {
  await page.route(`${base}/trpc/**`, (route) => {
    const url = new URL(route.request().url());
    const calls = url.pathname.slice('/trpc/'.length).split(',');
    if (!calls.some((c) => paths.test(c))) return route.continue();
    return route.fulfill({
      status: 503,
      headers: { 'content-type': 'application/json', 'retry-after': '2' },
      body: unavailableBody(calls),
    });
  });
}

/** A wrong password for the reviewer, sent from a loopback address of our choosing. */
function wrongSignIn(fromAddress, attempt) {
  const body = JSON.stringify({ email: 'reviewer@demo.lantoa.vn', password: `sai-${attempt}` });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/auth/sign-in`,
      {
        method: 'POST',
        localAddress: fromAddress,
        headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1' },
      },
      (res) => res.resume().on('end', resolve),
    );
    req.on('error', reject);
    req.end(body);
  });
}

// Someone guesses the reviewer's password from four addresses (real failed sign-ins).
for (let attempt = 0; attempt < 12; attempt++) {
  await wrongSignIn(`127.0.0.${10 + (attempt % 4)}`, attempt);
}

for (const [tag, viewport] of VIEWPORTS) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, { base, email: 'admin@demo.lantoa.vn', password });
  await page.goto(`${base}/users`);
  await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${tag}-users-attack-notice.png`, fullPage: false });

  await databaseAway(page);
  await page.goto(`${base}/deadlines`);
  await page.getByText('Đang tự động thử lại').waitFor();
  await page.screenshot({ path: `${out}/${tag}-loading-while-away.png`, fullPage: false });
  await page.unroute(`${base}/trpc/**`);

  await context.clearCookies();
  await signIn(page, { base, email: 'cadre.kg-rach-gia@demo.lantoa.vn', password });
  const me = await (await page.request.get(`${base}/auth/me`)).json();
  await page.goto(`${base}/units/${me.user.unit.id}`);
  await page
    .getByRole('button', { name: /Cập nhật báo cáo/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('radio', { name: 'Có' }).check();
  await page.getByLabel('Ghi chú').fill('Đã tổ chức lớp tập huấn ngày 12/11/2026');
  await databaseAway(page, /^reports\./);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page
    .getByRole('dialog')
    .getByRole('alert')
    .waitFor()
    .catch(() => undefined);
  await page.screenshot({ path: `${out}/${tag}-save-while-away.png`, fullPage: false });
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
