// Screenshots of issue 12's screens for a person to look at: the official reports page
// (form and kept list) and the export links, at a phone and a laptop width, and the
// dashboard, a unit page and the deadline list as they print (A4, print media).
// Usage: node scripts/screenshots-exports.mjs [baseUrl] [outDir]   (LANTOA_DEMO_PASSWORD)
import { mkdirSync } from 'node:fs';
import { launchChromium, signIn, VIEWPORTS } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3200';
const out = process.argv[3] ?? '/tmp/screens-exports';
const password = process.env.LANTOA_DEMO_PASSWORD ?? '';
mkdirSync(out, { recursive: true });
const browser = await launchChromium();

for (const [tag, viewport] of VIEWPORTS) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, { base, email: 'reviewer@demo.lantoa.vn', password });
  await page.goto(`${base}/official-reports`);
  await page.getByRole('heading', { name: 'Lập báo cáo' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-official-reports.png`, fullPage: true });
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  await page.screenshot({ path: `${out}/${tag}-dashboard-top.png` });
  await context.close();
}

// Print: A4 PDFs of the screens the issue names, to convert to images and look at.
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'vi-VN',
});
const page = await context.newPage();
await signIn(page, { base, email: 'reviewer@demo.lantoa.vn', password });
await page.emulateMedia({ media: 'print' });
const tree = await (await page.request.get(`${base}/trpc/units.tree`)).json();
const district = tree.result.data.units.find((u) => u.kind === 'district');
for (const [name, path, heading] of [
  ['dashboard', '/', 'Tổng quan'],
  ['unit', `/units/${district.id}`, district.name],
  ['deadlines', '/deadlines', 'Hạn chót'],
]) {
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForTimeout(500);
  await page.pdf({ path: `${out}/print-${name}.pdf`, format: 'A4', printBackground: true });
}
await browser.close();
