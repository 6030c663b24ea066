// Facebook pages checked for real (decision 29), as a province administrator does it: on a
// commune chapter's page, "Kết nối Facebook" with the Page access token; the scheduler then
// reads the page from Graph (a local stand-in: Graph is the network edge) and the unit page
// says which figures came from Facebook and when, CT-03/CT-04 included. A phone's width.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { DEMO_PASSWORD, type RunningServer, startServer } from './server.js';
import { getInPage, unitByCode } from './units-api.js';

const TOKEN = 'EAAGe2ePageTokenRachGia0123456789';
const PAGE = {
  id: '104857600123',
  name: 'Hội Chữ thập đỏ phường Rạch Giá',
  category: 'Tổ chức phi lợi nhuận',
  verification_status: 'not_verified',
  followers_count: 12480,
};

let graph: Server;
let server: RunningServer;
let browser: Browser;
const seenAuthorizations = new Set<string>();

/** Graph as the adapter calls it: the page, and its posts (seven in the last days). */
function startGraph(): Promise<string> {
  const posts = Array.from({ length: 7 }, (_, i) => ({
    id: `p${i}`,
    created_time: new Date(Date.now() - (i * 3 + 1) * 86_400_000).toISOString(),
  }));
  graph = createServer((req, res) => {
    seenAuthorizations.add(req.headers.authorization ?? '');
    const ok = req.headers.authorization === `Bearer ${TOKEN}`;
    const body = !ok
      ? { error: { code: 190, message: 'Invalid OAuth access token.' } }
      : req.url?.includes('/published_posts')
        ? { data: posts, paging: {} }
        : PAGE;
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) =>
    graph.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(graph.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  const graphUrl = await startGraph();
  server = await startServer({
    env: {
      LANTOA_FACEBOOK_TOKEN_KEY: Buffer.alloc(32, 5).toString('base64'),
      LANTOA_FACEBOOK_GRAPH_URL: graphUrl,
      LANTOA_NOTICES_TICK_SECONDS: '1',
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => graph?.close(resolve));
});

async function signedIn(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill('admin@demo.lantoa.vn');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

describe('Kết nối Facebook', () => {
  it('connects a page with its token; the daily check shows Facebook’s figures and date', async () => {
    const page = await signedIn();
    const unitId = (await unitByCode(getInPage(page, server.url), 'ag-rach-gia'))?.id;
    await page.goto(`${server.url}/units/${unitId}`);
    const section = page.getByRole('region', { name: 'Kết nối Facebook' });
    await section.getByText('Chưa kết nối: số liệu nhập tay').first().waitFor();
    await section
      .getByRole('button', { name: /^Kết nối Facebook/ })
      .first()
      .click();
    const sheet = page.getByRole('dialog');
    await sheet
      .getByLabel('Mã truy cập của Trang (Page access token)')
      .fill('EAAGnotTheRightTokenAtAll00');
    await sheet.getByRole('button', { name: 'Kết nối', exact: true }).click();
    await sheet
      .getByRole('alert')
      .getByText(/Facebook không chấp nhận mã truy cập này/)
      .waitFor();
    await sheet.getByLabel('Mã truy cập của Trang (Page access token)').fill(TOKEN);
    await sheet.getByRole('button', { name: 'Kết nối', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/Trang sẽ được kiểm tra trong ít phút/)
      .waitFor();
    // The scheduler ticks every second here: reload until the check is shown. A reload ends
    // before the unit's data has arrived, so each one waits a moment for the check to render.
    const checked = section.getByText(/Số liệu từ Facebook, kiểm tra lúc \d\d\/\d\d\/\d{4}/);
    const isShown = () =>
      checked.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
    for (let i = 0; i < 15 && !(await isShown()); i += 1) await page.reload();
    await checked.waitFor();
    await section.getByText('12.480').waitFor();
    await section.getByText('Đã kết nối', { exact: true }).waitFor();
    // CT-03's and CT-04's evidence name the check.
    const evidence = page.getByText(/từ Facebook, kiểm tra ngày \d\d\/\d\d\/\d{4}/);
    expect(await evidence.count()).toBe(2);
    expect(seenAuthorizations.has(`Bearer ${TOKEN}`)).toBe(true);
  });
});
