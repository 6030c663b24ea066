// Screenshots of the built app served by a running API, for a person to look at: the pages
// given, signed in as one demo account (or none), at each width given; or, with --print,
// each page as it prints (A4 PDF, print media). Output goes outside the repo. Screens that
// need typing or clicking first are driven by the e2e specs (tooling/e2e) instead.
// Usage: node scripts/screenshots.mjs [options] page...
//   page        a path such as /plan?asOf=2025-06-30, or name=path to name the file
//   --account   demo account's email, or none (default admin@demo.lantoa.vn)
//   --widths    comma-separated CSS pixels (default 390,1366)
//   --base      the API serving the app (default http://localhost:3200)
//   --out       folder for the files (default /tmp/screens)
//   --print     A4 PDFs at 1280 px instead of screenshots
// The password is LANTOA_DEMO_PASSWORD, as printed when the demo API started.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium, signIn } from './browser.mjs';

const { values: o, positionals: pages } = parseArgs({
  allowPositionals: true,
  options: {
    account: { type: 'string', default: 'admin@demo.lantoa.vn' },
    widths: { type: 'string', default: '390,1366' },
    base: { type: 'string', default: 'http://localhost:3200' },
    out: { type: 'string', default: '/tmp/screens' },
    print: { type: 'boolean', default: false },
  },
});
if (pages.length === 0) throw new Error('Name at least one page, e.g. / or /plan');
const password = process.env.LANTOA_DEMO_PASSWORD;
if (o.account !== 'none' && !password) throw new Error('Set LANTOA_DEMO_PASSWORD');
mkdirSync(o.out, { recursive: true });

/** `name=path` or a path, named after its path and query ("/" is "home"). */
const shots = pages.map((arg) => {
  const [name, path] =
    arg.includes('=') && !arg.startsWith('/') ? arg.split(/=(.*)/s) : [undefined, arg];
  const slug = path
    .replace(/^\/+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/-$/, '');
  return { name: name ?? (slug || 'home'), path };
});
const widths = o.print ? [1280] : o.widths.split(',').map(Number);

const browser = await launchChromium();
for (const width of widths) {
  const viewport = { width, height: width < 600 ? 844 : 768 };
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (o.account !== 'none') await signIn(page, { base: o.base, email: o.account, password });
  if (o.print) await page.emulateMedia({ media: 'print' });
  for (const { name, path } of shots) {
    await page.goto(`${o.base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.locator('h1').first().waitFor();
    const file = `${o.out}/${o.print ? 'print' : width}-${name}`;
    if (o.print) await page.pdf({ path: `${file}.pdf`, format: 'A4', printBackground: true });
    else await page.screenshot({ path: `${file}.png`, fullPage: true });
  }
  console.log(width, errors.length ? errors : 'no console errors');
  await context.close();
}
await browser.close();
console.log(`screenshots in ${o.out}`);
