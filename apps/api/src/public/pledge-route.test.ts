import { crc16Ccitt, isPledgeReference } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { createProvince } from '../test/factories.js';
import { createAppeal } from '../test/giving-factories.js';
import { openTestDb } from '../test/test-db.js';
import { issueFormToken } from './form-guard.js';

const SECRET = 'test-form-secret';
const env = {
  DATA_DIR: '/nonexistent',
  LANTOA_FORM_SECRET: SECRET,
  LANTOA_FORMS_PER_ADDRESS_HOUR: '10',
  LANTOA_FORMS_PER_APPEAL_HOUR: '40',
};
let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;
let address = 0;
/** Each test pledges from its own address unless it says otherwise. */
const nextAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;
const token = (ageMs = 10_000) => issueFormToken(SECRET, new Date(Date.now() - ageMs));

const pledge = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Nguyễn Thị Lan',
  amount: 200_000,
  contactEmail: 'lan@example.vn',
  contactPhone: null,
  consentVersion: 'giving-2026-01',
  hasConsented: true,
  formToken: token(),
  website: '',
  ...overrides,
});

function post(app: FastifyInstance, code: string, payload: unknown, remoteAddress = nextAddress()) {
  return app.inject({
    method: 'POST',
    url: `/public/v1/appeals/${code}/pledges`,
    headers: { origin: 'https://doitac.example.vn' },
    remoteAddress,
    payload: payload as Record<string, unknown>,
  });
}

const countPledges = async (appealId: string) =>
  Number(
    (
      await handle.db
        .selectFrom('pledges')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('appeal_id', '=', appealId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  app = await buildApp({ db: handle.db, config: loadConfig(env) });
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('a pledge from a partner page', () => {
  it('gets a unique code, a memo within 25 characters and a VietQR a bank app accepts', async () => {
    const appeal = await createAppeal(handle.db, units.districtA.id);
    const res = await post(app, appeal.code, pledge());
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.json();
    expect(isPledgeReference(body.reference)).toBe(true);
    expect(body.memo).toBe(`${body.reference} Ung ho dong`);
    expect(body.memo.length).toBeLessThanOrEqual(25);
    const crcAt = body.payload.length - 4;
    expect(crc16Ccitt(body.payload.slice(0, crcAt))).toBe(body.payload.slice(crcAt));
    expect(body.payload).toContain('0006970436011300110012345670208QRIBFTTA');
    expect(body.payload).toContain('5406200000');
    const row = await handle.db
      .selectFrom('pledges')
      .selectAll()
      .where('reference', '=', body.reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      consent_version: 'giving-2026-01',
      contact_email: 'lan@example.vn',
    });
    const qr = await app.inject({
      url: new URL(body.qrSvgUrl).pathname + new URL(body.qrSvgUrl).search,
    });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(qr.body).toMatch(/^<svg role="img" aria-label="Mã VietQR để chuyển khoản" /);
    const again = await post(app, appeal.code, pledge());
    expect(again.json().reference).not.toBe(body.reference);
  });

  it('answers a CORS preflight for POST', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/public/v1/appeals/x/pledges' });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toContain('Content-Type');
  });
});

describe('refusals, none of which stores anything', () => {
  // Thunks: a token is made when its test runs, not when the file loads.
  const cases: [string, () => Record<string, unknown>, number][] = [
    ['no consent', () => ({ hasConsented: false }), 400],
    ['an unknown consent wording', () => ({ consentVersion: 'v0' }), 400],
    ['the honeypot filled', () => ({ website: 'http://spam.example' }), 400],
    ['sent within 3 s of the form', () => ({ formToken: token(500) }), 400],
    ['a form older than 2 hours', () => ({ formToken: token(3 * 3_600_000) }), 400],
    ['a forged token', () => ({ formToken: `${Date.now() - 10_000}.forged` }), 400],
    ['an amount under 1,000 đồng', () => ({ amount: 999 }), 400],
    ['a control character in the name', () => ({ displayName: 'A\u0000B' }), 400],
    ['a body over 4 KB', () => ({ displayName: 'x'.repeat(5_000) }), 413],
  ];
  for (const [what, overrides, status] of cases) {
    it(`refuses ${what}`, async () => {
      const appeal = await createAppeal(handle.db, units.districtA.id);
      const res = await post(app, appeal.code, pledge(overrides()));
      expect(res.statusCode).toBe(status);
      expect(await countPledges(appeal.id)).toBe(0);
    });
  }

  it('names the fields in the language asked', async () => {
    const appeal = await createAppeal(handle.db, units.districtA.id);
    const res = await app.inject({
      method: 'POST',
      url: `/public/v1/appeals/${appeal.code}/pledges?lang=en`,
      remoteAddress: nextAddress(),
      payload: pledge({ hasConsented: false }),
    });
    expect(res.json().error.details.fieldErrors.hasConsented).toEqual([
      'Consent to the use of personal data is needed to send this.',
    ]);
  });

  it('refuses an appeal that is closed or unknown', async () => {
    const closed = await createAppeal(handle.db, units.districtA.id, {
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
    });
    expect((await post(app, closed.code, pledge())).statusCode).toBe(400);
    expect((await post(app, 'khong-co', pledge())).statusCode).toBe(404);
    expect(await countPledges(closed.id)).toBe(0);
  });
});

describe('a flood', () => {
  it('of 10,000 fake pledges from one address stores only the hourly limit', async () => {
    const appeal = await createAppeal(handle.db, units.districtA.id);
    const from = nextAddress();
    const statuses = new Map<number, number>();
    const body = pledge();
    for (let i = 0; i < 10_000; i += 1) {
      const res = await post(app, appeal.code, body, from);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: 10, 429: 9_990 });
    expect(await countPledges(appeal.id)).toBe(10);
    const refused = await post(app, appeal.code, body, from);
    expect(refused.json().error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  }, 120_000);

  it('from many addresses stops at the appeal’s limit', async () => {
    const appeal = await createAppeal(handle.db, units.districtA.id);
    const answers = [];
    for (let i = 0; i < 60; i += 1)
      answers.push((await post(app, appeal.code, pledge())).statusCode);
    expect(answers.filter((s) => s === 201)).toHaveLength(40);
    expect(await countPledges(appeal.id)).toBe(40);
  });

  it('is counted in PostgreSQL too, so replicas share one limit per address', async () => {
    const replica = await buildApp({ db: handle.db, config: loadConfig(env) });
    try {
      const appeal = await createAppeal(handle.db, units.districtA.id);
      const from = nextAddress();
      for (let i = 0; i < 8; i += 1) await post(app, appeal.code, pledge(), from);
      const onReplica = [];
      for (let i = 0; i < 8; i += 1)
        onReplica.push((await post(replica, appeal.code, pledge(), from)).statusCode);
      // The replica's memory has seen 8 of 10; PostgreSQL has seen 16.
      expect(onReplica.filter((s) => s === 201)).toHaveLength(2);
      expect(await countPledges(appeal.id)).toBe(10);
    } finally {
      await replica.close();
    }
  });
});
