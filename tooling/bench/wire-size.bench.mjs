// Bytes on the wire, as a phone receives them: Debian's Chromium (which sends
// accept-encoding: gzip, deflate, br, zstd) opens each page of the built app served by the
// API, and the encoded body sizes it reports for every script and stylesheet are summed.
// The widget script and a public JSON answer are fetched the same way. Budgets
// (ARCHITECTURE.md): the admin app's first route ≤ 100 KB JS+CSS; lantoa.js ≤ 3 KB.
// Run: pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:wire
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD, freePort, startApi, stop } from './lib.mjs';

const BUDGET = { firstRouteBytes: 100 * 1024, widgetBytes: 3 * 1024, formWidgetBytes: 4 * 1024 };
const dir = fs.mkdtempSync(`${os.tmpdir()}/lantoa-wire-`);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const api = await startApi(port, { dataDir: `${dir}/pglite` });
const browser = await chromium.launch({
  executablePath: process.env.LANTOA_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});

/** Loads a page and sums what came over the wire, by kind (script, stylesheet, ...). */
async function measure(page, open) {
  const seen = [];
  const pending = [];
  const record = async (request) => {
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    seen.push({
      url: request.url(),
      kind: request.resourceType(),
      encoding: (await response.allHeaders())['content-encoding'] ?? 'none',
      bytes: sizes.responseBodySize,
    });
  };
  // Each size is read asynchronously: every reading is awaited before summing, or a late
  // one (the route's chunk after /auth/me) would go uncounted.
  const onFinished = (request) => pending.push(record(request));
  page.on('requestfinished', onFinished);
  await open();
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  const sum = (kinds) =>
    seen.filter((r) => kinds.includes(r.kind)).reduce((total, r) => total + r.bytes, 0);
  return {
    seen,
    jsCss: sum(['script', 'stylesheet']),
    all: sum(['document', 'script', 'stylesheet', 'fetch', 'image', 'font']),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const results = [];
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const signIn = await measure(page, () => page.goto(`${base}/sign-in`));
  results.push(['/sign-in (first route)', signIn]);
  const dashboard = await measure(page, async () => {
    await page.getByLabel('Email').fill('cadre.kg-rach-gia@demo.lantoa.vn');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  });
  results.push(['dashboard, after sign-in (added)', dashboard]);
  const partner = await measure(page, () => page.goto(`${base}/demo/partner.html`));
  results.push(['/demo/partner.html', partner]);
  await context.close();

  for (const [name, r] of results) {
    console.log(
      `${name.padEnd(34)} JS+CSS ${kb(r.jsCss).padStart(9)}   everything ${kb(r.all).padStart(9)}`,
    );
  }
  console.log('\nfirst route, each file:');
  for (const r of signIn.seen) {
    console.log(
      `  ${String(r.bytes).padStart(7)} B  ${r.encoding.padEnd(5)} ${r.kind.padEnd(10)} ${new URL(r.url).pathname}`,
    );
  }
  const widget = partner.seen.find((r) => r.url.includes('/widget/v1/lantoa.js'));
  // Each form element loads on its own, at most 4 KB on the wire (decisions 26, 28).
  const forms = ['lantoa-appeal.js', 'lantoa-register.js'].map((file) => ({
    file,
    seen: partner.seen.find((r) => r.url.includes(`/widget/v1/${file}`)),
  }));
  const checks = [
    [
      `admin first route JS+CSS ${kb(signIn.jsCss)} (budget ≤ ${kb(BUDGET.firstRouteBytes)})`,
      signIn.jsCss <= BUDGET.firstRouteBytes,
    ],
    [
      `lantoa.js ${widget?.bytes} B ${widget?.encoding} (budget ≤ ${BUDGET.widgetBytes} B)`,
      !!widget && widget.bytes <= BUDGET.widgetBytes,
    ],
    ...forms.map(({ file, seen }) => [
      `${file} ${seen?.bytes} B ${seen?.encoding} (budget ≤ ${BUDGET.formWidgetBytes} B)`,
      !!seen && seen.bytes <= BUDGET.formWidgetBytes,
    ]),
    [
      'every script and stylesheet compressed',
      results.every(([, r]) =>
        r.seen
          .filter((s) => ['script', 'stylesheet'].includes(s.kind) && s.bytes > 1024)
          .every((s) => s.encoding !== 'none'),
      ),
    ],
  ];
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await browser.close();
  await stop(api);
  fs.rmSync(dir, { recursive: true, force: true });
}
