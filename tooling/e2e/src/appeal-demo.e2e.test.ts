// The appeal widget on a partner page under the strict demo CSP, in Chromium: the appeal,
// its progress and public accounts, a pledge sent through the form with consent, and the
// VietQR code the API renders shown as an image, with no CSP violation on the way.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { withDatabase } from './seed-database.js';
import { createDataDir, type RunningServer, removeDataDir, startServer } from './server.js';

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = createDataDir();
  const first = await startServer({ dataDir });
  await first.stop();
  await withDatabase(dataDir, async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO appeals (unit_id, code, title, story, target_amount, starts_on, ends_on,
         bank_bin, account_number, account_name)
       SELECT id, 'lu-lut-2026', 'Ủng hộ đồng bào lũ lụt', 'Bà con vùng lũ cần giúp đỡ.',
         10000000, current_date - 1, current_date + 30, '970436', '0011001234567', 'HOI CTD'
       FROM units WHERE code = 'kg' RETURNING id`,
    );
    const appealId = rows[0]?.id;
    await db.query(
      `INSERT INTO pledges (appeal_id, reference, amount, display_name, contact_email,
         consent_version, received_amount, received_on)
       VALUES ($1, 'LTAAAAAAA0', 500000, 'Bà Tư', 'tu@example.vn', 'giving-2026-01', 500000, current_date)`,
      [appealId],
    );
    await db.query(
      `INSERT INTO disbursements (appeal_id, spent_on, recipient_group, amount, evidence_url)
       VALUES ($1, current_date, 'Hộ dân vùng lũ', 300000, 'https://example.vn/bien-ban.pdf')`,
      [appealId],
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

describe('appeal on a partner page', () => {
  it('shows the accounts, takes a pledge with consent and shows its VietQR code', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeBinding('__reportCsp', (_s, text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportCsp(t: string): void }).__reportCsp(e.violatedDirective),
      );
    });
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posted.push(r.postData() ?? '');
    });
    await page.goto(`${server.url}/demo/appeal.html`, { waitUntil: 'networkidle' });
    const appeal = page.locator('lantoa-appeal');
    await expect.poll(() => appeal.locator('h2').textContent()).toBe('Ủng hộ đồng bào lũ lụt');
    expect(await appeal.locator('progress').getAttribute('value')).toBe('500000');
    const accounts = await appeal.locator('details li').allTextContents();
    expect(accounts.join('\n')).toContain('Bà Tư');
    expect(accounts.join('\n')).not.toContain('tu@example.vn');
    expect(accounts.join('\n')).toContain('Hộ dân vùng lũ');

    await appeal.getByLabel('Họ tên', { exact: true }).fill('Nguyễn Văn An');
    await appeal.getByLabel('Số tiền (đồng)', { exact: true }).fill('200000');
    await appeal.getByLabel(/Luật Bảo vệ dữ liệu cá nhân số 91\/2025\/QH15/).check();
    // A person takes more than the 3 s the time check asks for.
    await page.waitForTimeout(3_200);
    await appeal.getByRole('button', { name: 'Ủng hộ' }).click();
    const status = appeal.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(/Nội dung chuyển khoản: LT[0-9A-Z]{8} Ung ho/);
    const qr = appeal.locator('[role=status] img');
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(50);
    expect(JSON.parse(posted[0] ?? '{}')).toMatchObject({
      displayName: 'Nguyễn Văn An',
      amount: 200000,
      hasConsented: true,
      consentVersion: 'giving-2026-01',
      website: '',
    });
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
