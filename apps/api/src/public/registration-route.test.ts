// The public registration form reuses the pledge form's checks (public-form.ts): these tests
// hold it to the same refusals, prove the drive's places hold under concurrency, and that
// nothing public ever shows who registered.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { createProvince } from '../test/factories.js';
import { createDrive } from '../test/giving-factories.js';
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
const nextAddress = () => `10.9.${Math.floor(++address / 250)}.${address % 250}`;
const token = (ageMs = 10_000) => issueFormToken(SECRET, new Date(Date.now() - ageMs));

const registration = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Trần Thị Hoa',
  contactEmail: 'hoa@example.vn',
  contactPhone: '0912 345 678',
  consentVersion: 'registration-2026-01',
  hasConsented: true,
  formToken: token(),
  website: '',
  ...overrides,
});

function post(code: string, payload: unknown, remoteAddress = nextAddress()) {
  return app.inject({
    method: 'POST',
    url: `/public/v1/drives/${code}/registrations`,
    headers: { origin: 'https://doitac.example.vn' },
    remoteAddress,
    payload: payload as Record<string, unknown>,
  });
}

const countRegistrations = async (driveId: string) =>
  Number(
    (
      await handle.db
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('drive_id', '=', driveId)
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

describe('a registration from a partner page', () => {
  it('is stored with its consent version, and the public drive counts it without names', async () => {
    const drive = await createDrive(handle.db, units.districtA.id, { capacity: 5 });
    const before = (await app.inject({ url: `/public/v1/drives/${drive.code}.json` })).json();
    expect(before).toMatchObject({ kind: 'blood-donation', placesLeft: 5, isOpen: true });
    const res = await post(drive.code, registration());
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.json()).toEqual({ status: 'registered', placesLeft: 4 });
    const row = await handle.db
      .selectFrom('registrations')
      .selectAll()
      .where('drive_id', '=', drive.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      display_name: 'Trần Thị Hoa',
      contact_email: 'hoa@example.vn',
      consent_version: 'registration-2026-01',
    });
    const after = await app.inject({ url: `/public/v1/drives/${drive.code}.json` });
    expect(after.json()).toMatchObject({ registeredCount: 1, placesLeft: 4 });
    expect(after.body).not.toMatch(/Hoa|hoa@example|0912/);
  });

  it('hands the registration wording with the form token, in the language asked', async () => {
    const res = await app.inject({ url: '/public/v1/form-token?purpose=registration&lang=en' });
    expect(res.json().consentVersion).toBe('registration-2026-01');
    expect(res.json().consentText).toContain('Law 91/2025/QH15');
    const giving = await app.inject({ url: '/public/v1/form-token' });
    expect(giving.json().consentVersion).toBe('giving-2026-01');
  });

  it('takes the last places once only when many register at the same moment', async () => {
    const drive = await createDrive(handle.db, units.districtA.id, { capacity: 3 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(drive.code, registration())),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    expect(await countRegistrations(drive.id)).toBe(3);
    const full = answers.find((r) => r.statusCode === 409);
    expect(full?.json().error.message).toBe('Đợt đăng ký đã đủ chỗ');
    const shown = await app.inject({ url: `/public/v1/drives/${drive.code}.json` });
    expect(shown.json()).toMatchObject({ placesLeft: 0, isOpen: false });
  });

  it('answers the CORS preflight and passes the same-origin check from a partner', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/public/v1/drives/x/registrations' });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
  });
});

describe('refusals, none of which stores anything', () => {
  const cases: [string, () => Record<string, unknown>, number][] = [
    ['no consent', () => ({ hasConsented: false }), 400],
    ['a giver’s consent wording', () => ({ consentVersion: 'giving-2026-01' }), 400],
    ['no way to contact', () => ({ contactEmail: null, contactPhone: null }), 400],
    ['no name', () => ({ displayName: '' }), 400],
    ['the honeypot filled', () => ({ website: 'http://spam.example' }), 400],
    ['sent within 3 s of the form', () => ({ formToken: token(500) }), 400],
    ['a form older than 2 hours', () => ({ formToken: token(3 * 3_600_000) }), 400],
    ['a forged token', () => ({ formToken: `${Date.now() - 10_000}.forged` }), 400],
    ['a body over 4 KB', () => ({ displayName: 'x'.repeat(5_000) }), 413],
  ];
  for (const [what, overrides, status] of cases) {
    it(`refuses ${what}`, async () => {
      const drive = await createDrive(handle.db, units.districtA.id);
      const res = await post(drive.code, registration(overrides()));
      expect(res.statusCode).toBe(status);
      expect(await countRegistrations(drive.id)).toBe(0);
    });
  }

  it('says which field is wrong in the language asked', async () => {
    const drive = await createDrive(handle.db, units.districtA.id);
    const res = await app.inject({
      method: 'POST',
      url: `/public/v1/drives/${drive.code}/registrations?lang=en`,
      remoteAddress: nextAddress(),
      payload: registration({ contactEmail: null, contactPhone: null }),
    });
    expect(res.json().error.details.fieldErrors.contactPhone).toEqual([
      'An email or a phone number is needed to contact you.',
    ]);
  });

  it('refuses a drive that is closed or unknown', async () => {
    const closed = await createDrive(handle.db, units.districtA.id, { isOpen: false });
    const res = await post(closed.code, registration());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Đợt đăng ký đã đóng');
    expect((await post('khong-co', registration())).statusCode).toBe(404);
    expect(await countRegistrations(closed.id)).toBe(0);
  });
});

describe('a flood', () => {
  it('of 2,000 registrations from one address stores only the hourly limit', async () => {
    const drive = await createDrive(handle.db, units.districtA.id, { capacity: null });
    const from = nextAddress();
    const statuses = new Map<number, number>();
    const body = registration();
    for (let i = 0; i < 2_000; i += 1) {
      const res = await post(drive.code, body, from);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: 10, 429: 1_990 });
    expect(await countRegistrations(drive.id)).toBe(10);
  }, 120_000);

  it('from many addresses stops at the drive’s limit', async () => {
    const drive = await createDrive(handle.db, units.districtA.id, { capacity: null });
    const answers = [];
    for (let i = 0; i < 50; i += 1)
      answers.push((await post(drive.code, registration())).statusCode);
    expect(answers.filter((s) => s === 201)).toHaveLength(40);
    expect(await countRegistrations(drive.id)).toBe(40);
  });
});
