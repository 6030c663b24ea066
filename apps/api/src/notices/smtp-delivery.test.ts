// Notices by email through nodemailer to a real SMTP server started here: the Vietnamese
// subject encoded, both parts, the exact link, List-Unsubscribe, and the unsubscribe link
// working without a session (GET shows a button, POST one-click turns email off).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { generateTimedNotices } from '../services/generate-timed-notices.js';
import { createProvince, createUser } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { decodeWords, header, parts, startSmtpSink } from '../test/smtp-sink.js';
import { openTestDb } from '../test/test-db.js';
import { deliverNotices } from './deliver-notices.js';
import { createMailer } from './mailer.js';
import { lazySigningKey } from './unsubscribe-token.js';

let handle: DbHandle;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: Awaited<ReturnType<typeof createUser>>;
const ORIGIN = 'https://lantoa.example.vn';
const vn = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  handle = await openTestDb();
  sink = await startSmtpSink();
  app = await testApp(handle.db, { SMTP_URL: sink.url, PUBLIC_ORIGIN: ORIGIN });
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
});
afterAll(async () => {
  await app.close();
  await sink.close();
  await handle.close();
});

async function send(now: Date) {
  const mailer = createMailer(handle.db, {
    smtpUrl: sink.url,
    from: 'Lan Tỏa <no-reply@lantoa.example.vn>',
  });
  try {
    await generateTimedNotices(handle.db, now);
    await deliverNotices(
      handle.db,
      { mailer, zalo: null, linkOrigin: ORIGIN, signingKey: lazySigningKey(handle.db) },
      now,
    );
  } finally {
    mailer.close();
  }
}

describe('a notice by email', () => {
  let raw = '';
  beforeAll(async () => {
    await send(vn('2026-12-01T09:00'));
    const mail = sink.received.find(
      (m) =>
        m.to.includes(cadre.email) &&
        /annual|Báo cáo kết quả/.test(parts(m.raw)['text/plain'] ?? ''),
    );
    raw = mail?.raw ?? '';
  });

  it('has the Vietnamese subject encoded as UTF-8 words, decoding to the exact title', () => {
    const subject = header(raw, 'Subject') ?? '';
    expect(subject).toMatch(/^=\?UTF-8\?[BQ]\?/i);
    expect(decodeWords(subject)).toBe(`Sắp đến hạn (còn 14 ngày): ${tree.districtA.name}`);
    expect(decodeWords(header(raw, 'From') ?? '')).toContain('Lan Tỏa');
  });

  it('has a plain-text and an HTML part with the due date and the link to the unit page', () => {
    const p = parts(raw);
    const link = `${ORIGIN}/units/${tree.districtA.id}`;
    expect(p['text/plain']).toContain('hạn 15/12/2026, còn 14 ngày');
    expect(p['text/plain']).toContain(link);
    expect(p['text/html']).toContain(`href="${link}"`);
    expect(p['text/html']).toContain('<html lang="vi">');
  });

  it('honours List-Unsubscribe: a signed link that works without signing in', async () => {
    const list = header(raw, 'List-Unsubscribe') ?? '';
    expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(list)?.[1] ?? '';
    expect(url.startsWith(`${ORIGIN}/notices/unsubscribe?t=`)).toBe(true);
    expect(parts(raw)['text/plain']).toContain(url);
    const path = url.slice(ORIGIN.length);
    // GET only shows the button: mail scanners follow links.
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('method="post"');
    expect((await prefsOf(cadre.id))?.email ?? true).toBe(true);
    // One-click POST as a mail provider sends it: no cookie, no Origin.
    const done = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Đã ngừng gửi thông báo qua email');
    expect((await prefsOf(cadre.id))?.email).toBe(false);
    // The next notice is in the app only: no email delivery is created.
    const before = sink.received.length;
    await send(vn('2026-12-08T09:00'));
    const d7 = await handle.db
      .selectFrom('notices as n')
      .leftJoin('notice_deliveries as d', 'd.notice_id', 'n.id')
      .select(['n.id', 'd.id as deliveryId'])
      .where('n.recipient_id', '=', cadre.id)
      .where('n.period_key', '=', 'd-7')
      .execute();
    expect(d7.length).toBeGreaterThan(0);
    expect(d7.every((r) => r.deliveryId === null)).toBe(true);
    expect(sink.received.slice(before).some((m) => m.to.includes(cadre.email))).toBe(false);
  });

  it('refuses a forged or altered token, changing nothing', async () => {
    const other = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    for (const t of [`${other.id}.forged`, 'nonsense', `${other.id}.${'A'.repeat(43)}`]) {
      const res = await app.inject({
        method: 'POST',
        url: `/notices/unsubscribe?t=${encodeURIComponent(t)}`,
      });
      expect(res.statusCode).toBe(400);
    }
    expect(await prefsOf(other.id)).toBeUndefined();
  });
});

const prefsOf = (userId: string) =>
  handle.db
    .selectFrom('notice_preferences')
    .select('email')
    .where('user_id', '=', userId)
    .executeTakeFirst();
