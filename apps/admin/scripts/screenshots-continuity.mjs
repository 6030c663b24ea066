// Screenshots of continuity (issue 10, part 5) on the default demo: the page of a closed
// district (Rạch Giá, split among phường Rạch Giá and phường Vĩnh Thông), its principal
// successor's list of predecessors, the district's public badge as an old district website
// embeds it, and the dashboard and unit tree "as of" 30/06/2025, at 390 and 1366 px.
// Usage: node scripts/screenshots-continuity.mjs [baseUrl] [outDir]   (LANTOA_DEMO_PASSWORD)
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens';
const password = process.env.LANTOA_DEMO_PASSWORD;
if (!password) throw new Error('Set LANTOA_DEMO_PASSWORD');
mkdirSync(out, { recursive: true });

const browser = await launchChromium();

async function unitIdOf(page, code) {
  const input = encodeURIComponent(JSON.stringify({ asOf: '2025-06-30' }));
  const res = await page.request.get(`${base}/trpc/units.tree?input=${input}`);
  const unit = (await res.json()).result.data.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

const badge = `${base}/public/v1/units/kg-rach-gia/badge.svg?indicator=CT-03`;
const oldSite = `<!doctype html><html lang="vi"><meta charset="utf-8"><body style="font-family:sans-serif;padding:16px">
<h1 style="font-size:20px">Hội CTĐ thành phố Rạch Giá</h1><p>Kết quả thực hiện kế hoạch:</p>
<style>img{max-width:100%;height:auto}</style><p><img alt="CT-03" src="${badge}"></p><p><img alt="CT-03" src="${badge}&lang=en"></p></body></html>`;

// The old district website: another origin (on loopback, so Chromium lets it load the
// badge from a local server), embedding the badge as an <img>.
const site = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(oldSite);
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${site.address().port}/`;

for (const [tag, viewport] of VIEWPORTS) {
  const errors = [];
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await signIn(page, { base, email: 'admin@demo.lantoa.vn', password });
  await page.goto(`${base}/units/${await unitIdOf(page, 'kg-rach-gia')}`);
  await page.getByText('Đã chia thành').waitFor();
  await page.screenshot({ path: `${out}/${tag}-closed-unit.png`, fullPage: true });
  await page.getByRole('link', { name: 'Hội CTĐ phường Rạch Giá' }).first().click();
  await page.getByRole('heading', { name: 'Đơn vị tiền thân' }).waitFor();
  await page.getByRole('heading', { name: 'Đơn vị tiền thân' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${tag}-successor-predecessors.png`, fullPage: false });
  await page.goto(siteUrl);
  await page.waitForFunction(() =>
    [...document.images].every((i) => i.complete && i.naturalWidth > 0),
  );
  await page.screenshot({ path: `${out}/${tag}-old-site-badge.png`, fullPage: false });
  await page.goto(`${base}/?asOf=2025-06-30`);
  await page.locator('#matrix-title', { hasText: 'Kiên Giang' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-dashboard-as-of.png`, fullPage: false });
  await page.goto(`${base}/units?asOf=2025-06-30`);
  await page.getByText('Đang xem theo ngày 30/06/2025').waitFor();
  await page.screenshot({ path: `${out}/${tag}-units-as-of.png`, fullPage: false });
  if (errors.length > 0) console.error(tag, errors);
  await context.close();
}
await browser.close();
site.close();
console.log(`screenshots in ${out}`);
