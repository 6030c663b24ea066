// Password reset by email, change of password, and invitations, over real HTTP routes and
// the real router: the same answer for unknown emails, rate limits, single-use tokens
// that expire in 30 minutes and are stored hashed, other sessions revoked, all audited.
import { createHash } from 'node:crypto';
import { msg } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser, TEST_PASSWORD } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let clock = new Date('2026-06-15T03:00:00Z');
const NEW_PASSWORD = 'Mật-khẩu-mới-2026';

beforeAll(async () => {
  handle = await openTestDb();
  const config = loadConfig({ DATABASE_URL: '', LANTOA_ADMIN_DIST: '/nonexistent' });
  app = await buildApp({ db: handle.db, config, clock: () => clock });
  tree = await createProvince(handle.db);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const post = (url: string, payload: unknown, ip = '10.0.0.9') =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
    remoteAddress: ip,
    payload: payload as object,
  });

/** The link of the last mail to `email` in the demo outbox (sent just after the answer). */
async function linkMailedTo(email: string): Promise<string> {
  for (let i = 0; i < 50; i += 1) {
    const mail = await handle.db
      .selectFrom('demo_outbox')
      .select('text_body')
      .where('to_address', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const token = mail && /reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text_body)?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no mail to ${email}`);
}

const eventsOf = (userId: string) =>
  handle.db
    .selectFrom('audit_event')
    .select('action')
    .where('entity_id', '=', userId)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => r.action));

describe('password reset by email', () => {
  it('answers the same whether or not the email exists, and mails a link only to a real one', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const known = await post('/auth/reset-request', { email: user.email }, '10.1.0.1');
    const unknown = await post(
      '/auth/reset-request',
      { email: 'nobody@test.lantoa.vn' },
      '10.1.0.2',
    );
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toBe(known.body);
    const token = await linkMailedTo(user.email);
    const stored = await handle.db
      .selectFrom('password_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    // Stored hashed: the table holds the SHA-256, never the token.
    expect(stored[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
    const outbox = await handle.db.selectFrom('demo_outbox').select('to_address').execute();
    expect(outbox.map((m) => m.to_address)).not.toContain('nobody@test.lantoa.vn');
  });

  it('refuses a malformed email on its field, with the domain schema the page uses', async () => {
    const bad = await post('/auth/reset-request', { email: 'không-phải-email' }, '10.1.0.3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fieldErrors).toEqual({ email: [msg('email')] });
    const missing = await post('/auth/reset-request', {}, '10.1.0.4');
    expect(Object.keys(missing.json().error.details.fieldErrors)).toEqual(['email']);
  });

  it('sets the new password once, ends every session, and audits request and reset', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const cookie = sessionCookie(await signIn(app, user.email));
    await post('/auth/reset-request', { email: user.email }, '10.2.0.1');
    const token = await linkMailedTo(user.email);
    const done = await post('/auth/reset', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } })).json(),
    ).toEqual({ user: null });
    expect(
      (await signIn(app, user.email, { password: NEW_PASSWORD, ip: '10.2.0.2' })).statusCode,
    ).toBe(200);
    const reused = await post('/auth/reset', { token, password: 'Another-pass-2026' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.message).toBe(
      'Liên kết đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.',
    );
    expect(await eventsOf(user.id)).toEqual(
      expect.arrayContaining(['user.password-reset-requested', 'user.password-reset']),
    );
  });

  it('refuses a token after 30 minutes, and an older link once a newer one is sent', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    await post('/auth/reset-request', { email: user.email }, '10.3.0.1');
    const first = await linkMailedTo(user.email);
    await handle.db.deleteFrom('demo_outbox').where('to_address', '=', user.email).execute();
    await post('/auth/reset-request', { email: user.email }, '10.3.0.1');
    const second = await linkMailedTo(user.email);
    expect((await post('/auth/reset', { token: first, password: NEW_PASSWORD })).statusCode).toBe(
      400,
    );
    const issuedAt = clock;
    clock = new Date(issuedAt.getTime() + 30 * 60_000);
    try {
      expect(
        (await post('/auth/reset', { token: second, password: NEW_PASSWORD })).statusCode,
      ).toBe(400);
    } finally {
      clock = issuedAt;
    }
    expect((await signIn(app, user.email, { ip: '10.3.0.2' })).statusCode).toBe(200);
  });

  it('rate-limits requests per email and per address, unknown emails included', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push(
        (await post('/auth/reset-request', { email: 'ghost@test.lantoa.vn' }, `10.4.0.${i}`))
          .statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429]);
    const fromOne: number[] = [];
    for (let i = 0; i < 6; i += 1)
      fromOne.push(
        (await post('/auth/reset-request', { email: `g${i}@test.lantoa.vn` }, '10.5.0.1'))
          .statusCode,
      );
    expect(fromOne).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('refuses malformed input before any query', async () => {
    expect((await post('/auth/reset-request', { email: 'not an email' })).statusCode).toBe(400);
    expect((await post('/auth/reset', { token: 'short', password: NEW_PASSWORD })).statusCode).toBe(
      400,
    );
  });
});

describe('password change', () => {
  it('requires the current password and revokes the sessions other than the caller’s', async () => {
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtB.id });
    const other = sessionCookie(await signIn(app, user.email, { ip: '10.6.0.1' }));
    const caller = await callerAs(handle.db, user);
    await expect(
      caller.account.changePassword({
        currentPassword: 'wrong-password',
        newPassword: NEW_PASSWORD,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const result = await caller.account.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(result.revokedSessions).toBe(2);
    expect(
      (await app.inject({ method: 'GET', url: '/auth/me', headers: { cookie: other } })).json(),
    ).toEqual({ user: null });
    expect(
      (await signIn(app, user.email, { password: NEW_PASSWORD, ip: '10.6.0.2' })).statusCode,
    ).toBe(200);
    expect(await eventsOf(user.id)).toContain('user.password-change');
  });

  it('refuses a weak new password', async () => {
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtB.id });
    const caller = await callerAs(handle.db, user);
    await expect(
      caller.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'short' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('invitations', () => {
  it('creates the account without a usable password and mails a link to set one', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const caller = await callerAs(handle.db, admin);
    const email = 'moi@test.lantoa.vn';
    const { user } = await caller.users.invite({
      email,
      name: 'Cán bộ Mới',
      role: 'cadre',
      unitId: tree.districtA.id,
    });
    const mail = await handle.db
      .selectFrom('demo_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Lời mời tham gia Lan Tỏa / Your invitation to Lan Tỏa');
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text_body)?.[1] ?? '';
    expect((await signIn(app, email, { password: NEW_PASSWORD, ip: '10.7.0.1' })).statusCode).toBe(
      401,
    );
    expect((await post('/auth/reset', { token, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await signIn(app, email, { password: NEW_PASSWORD, ip: '10.7.0.2' })).statusCode).toBe(
      200,
    );
    expect(await eventsOf(user.id)).toEqual(
      expect.arrayContaining(['user.invite', 'user.invitation-accepted']),
    );
  });
});
