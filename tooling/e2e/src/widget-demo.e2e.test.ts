// The partner demo page, as a visitor's browser sees it: the widget renders badges and
// stories under the page's strict CSP, sends and receives no cookies on the public
// endpoints, and a story stuffed with script payloads runs none of them.
import type { Browser, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { withDatabase } from './seed-database.js';
import { createDataDir, type RunningServer, removeDataDir, startServer } from './server.js';

const HOSTILE_TITLE = 'Tin thử <img src=x onerror="window.__pwned=1">';
const HOSTILE_BODY = [
  '<p>Nội dung <script>window.__pwned=1</script></p>',
  '<img src="x" onerror="window.__pwned=1;alert(1)">',
  '<a href="javascript:window.__pwned=1">bấm</a>',
  '<svg onload="window.__pwned=1"></svg>',
].join('');

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  // First start migrates and seeds the demo data; then plant the story while it is stopped.
  dataDir = createDataDir();
  const first = await startServer({ dataDir });
  await first.stop();
  await withDatabase(dataDir, async (db) => {
    await db.query(
      `INSERT INTO stories (unit_id, slug, title, summary, body_html, cover_image_url, tags, status, published_at)
       SELECT id, $1, $2, $3, $4, $5, $6::jsonb, 'published', now() - interval '1 minute'
       FROM units WHERE code = 'ag'`,
      [
        'tin-thu-doc-hai',
        HOSTILE_TITLE,
        '<script>window.__pwned=1</script> tóm tắt',
        HOSTILE_BODY,
        'javascript:window.__pwned=1',
        JSON.stringify(['<img src=x onerror=alert(1)>']),
      ],
    );
  });
  server = await startServer({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDataDir(dataDir);
});

interface Visit {
  page: Page;
  violations: string[];
  dialogs: string[];
  cspConsole: string[];
  requests: Request[];
  responses: Response[];
}

async function visitDemo(): Promise<Visit> {
  const context = await browser.newContext();
  // The browser holds a cookie for the API's origin: the public calls must still not carry it.
  await context.addCookies([{ name: 'lantoa_session', value: 'e2e', url: server.url }]);
  const page = await context.newPage();
  const visit: Visit = {
    page,
    violations: [],
    dialogs: [],
    cspConsole: [],
    requests: [],
    responses: [],
  };
  await page.exposeBinding('__reportCsp', (_source, text: string) => visit.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp(t: string): void }).__reportCsp;
      report(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('dialog', (dialog) => {
    visit.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) visit.cspConsole.push(msg.text());
  });
  page.on('request', (r) => visit.requests.push(r));
  page.on('response', (r) => visit.responses.push(r));
  await page.goto(`${server.url}/demo/partner.html`, { waitUntil: 'networkidle' });
  return visit;
}

describe('partner demo page', () => {
  let visit: Visit;
  beforeAll(async () => {
    visit = await visitDemo();
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it('is served under the strict CSP', async () => {
    const doc = visit.responses.find((r) => r.url().endsWith('/demo/partner.html'));
    expect(await doc?.headerValue('content-security-policy')).toContain("script-src 'self'");
  });

  it('renders the six badges from the SVG endpoint, uncropped, with alt text from compliance.json', async () => {
    const badges = visit.page.locator('lantoa-badge img.ok');
    await expect.poll(() => badges.count()).toBe(6);
    for (const img of await badges.all()) {
      const size = await img.evaluate((el: HTMLImageElement) => ({
        natural: el.naturalWidth,
        shown: el.getBoundingClientRect().width,
      }));
      expect(size.natural).toBeGreaterThan(40);
      // A page or widget style must not squeeze the badge: "CT-01 Đạt" shows whole.
      expect(size.shown).toBeGreaterThanOrEqual(size.natural - 1);
      await expect.poll(() => img.getAttribute('alt')).toMatch(/^Chỉ tiêu CT-0\d – .+: .+$/);
    }
  });

  it('renders the stories, the hostile one as plain text', async () => {
    const titles = visit.page.locator('lantoa-stories article h3');
    await expect.poll(() => titles.count()).toBe(3);
    expect(await titles.first().textContent()).toBe(HOSTILE_TITLE);
  });

  it('runs none of the payloads and opens no dialog', async () => {
    // Positive signal, not a pause: once the stories are on the page, nothing that could
    // run a payload later is in the widgets' DOM (no script, no on* handler, no
    // javascript: URL), so what has not run by now never will.
    await expect.poll(() => visit.page.locator('lantoa-stories article h3').count()).toBe(3);
    const armed = await visit.page.evaluate(() => {
      const found: string[] = [];
      const scan = (root: Element | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.tagName === 'SCRIPT') found.push('script');
          for (const { name, value } of el.attributes) {
            if (/^on/i.test(name)) found.push(`${el.tagName} ${name}`);
            if (/^\s*javascript:/i.test(value)) found.push(`${el.tagName} ${name}=${value}`);
          }
          if (el.shadowRoot) scan(el.shadowRoot);
        }
      };
      for (const host of document.querySelectorAll('lantoa-badge, lantoa-stories')) {
        scan(host);
        if (host.shadowRoot) scan(host.shadowRoot);
      }
      return found;
    });
    expect(armed).toEqual([]);
    expect(
      await visit.page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(visit.dialogs).toEqual([]);
    const hrefs = await visit.page
      .locator('lantoa-stories a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
  });

  it('violates no CSP directive', () => {
    expect(visit.violations).toEqual([]);
    expect(visit.cspConsole).toEqual([]);
  });

  it('sends no cookie with fetches and gets none back from /public or /widget', async () => {
    const isPublic = (url: string) => /\/(public|widget)\//.test(new URL(url).pathname);
    const publicRequests = visit.requests.filter((r) => isPublic(r.url()));
    expect(publicRequests.length).toBeGreaterThanOrEqual(7);
    for (const request of publicRequests.filter((r) => r.resourceType() === 'fetch')) {
      expect(await request.headerValue('cookie'), request.url()).toBeNull();
    }
    const publicResponses = visit.responses.filter((r) => isPublic(r.url()));
    for (const response of publicResponses) {
      expect(await response.headerValue('set-cookie'), response.url()).toBeNull();
      expect(await response.headerValue('access-control-allow-origin')).toBe('*');
    }
  });
});
