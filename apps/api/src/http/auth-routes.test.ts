import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { SIGN_IN_ATTACK_ACTION } from '../services/record-sign-in-attack.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const me = (cookie: string) => app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } });
/** Whom /auth/me names for a cookie: null once the session is over (200 either way). */
const signedInAs = async (cookie: string) => {
  const response = await me(cookie);
  expect(response.statusCode).toBe(200);
  return (response.json() as { user: { email: string } | null }).user?.email ?? null;
};

describe('sign-in and sessions', () => {
  it('signs in with an HttpOnly SameSite cookie, answers /auth/me, and signs out at once', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const response = await signIn(app, user.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies[0];
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = sessionCookie(response);
    const meResponse = await me(session);
    expect(meResponse.statusCode).toBe(200);
    expect(meResponse.json().user).toMatchObject({
      email: user.email,
      role: 'cadre',
      unit: { id: tree.districtA.id, code: tree.districtA.code },
    });
    const out = await app.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { ...SAME_ORIGIN, cookie: session },
    });
    expect(out.statusCode).toBe(200);
    expect(await signedInAs(session)).toBeNull();
  });

  it('sets Secure outside localhost', async () => {
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtA.id });
    const response = await app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      headers: { ...SAME_ORIGIN, host: 'lantoa.example.vn', 'content-type': 'application/json' },
      payload: { email: user.email, password: 'Lan-Toa-test-2025' },
    });
    expect(response.cookies[0]).toMatchObject({ secure: true });
  });

  it('refuses a wrong password, an unknown email and a disabled user alike', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const disabled = await createUser(handle.db, {
      role: 'cadre',
      unitId: tree.districtB.id,
      isDisabled: true,
    });
    for (const [email, password] of [
      [user.email, 'wrong-password-1'],
      ['nobody@test.lantoa.vn', 'x-password-2'],
      [disabled.email, undefined],
    ] as const) {
      const response = await signIn(app, email, { password, ip: '10.9.9.9' });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toBe('Email hoặc mật khẩu không đúng');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('ends sessions after idle and absolute expiry', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const idle = sessionCookie(await signIn(app, user.email));
    const absolute = sessionCookie(await signIn(app, user.email));
    expect(await signedInAs(idle)).not.toBeNull();
    const sessions = await handle.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .orderBy('created_at')
      .execute();
    await handle.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 9 * 3_600_000) })
      .where('id', '=', sessions[0]?.id as string)
      .execute();
    await handle.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', sessions[1]?.id as string)
      .execute();
    expect(await signedInAs(idle)).toBeNull();
    expect(await signedInAs(absolute)).toBeNull();
  });

  it('disabling a user ends their sessions at once', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const session = sessionCookie(await signIn(app, user.email));
    expect(await signedInAs(session)).not.toBeNull();
    const asAdmin = await callerAs(handle.db, admin);
    await asAdmin.users.update({ id: user.id, version: user.version, isDisabled: true });
    expect(await signedInAs(session)).toBeNull();
    const trpc = await app.inject({
      method: 'GET',
      url: '/trpc/compliance.matrix',
      headers: { cookie: session },
    });
    expect(trpc.statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtA.id });
    const token = sessionCookie(await signIn(app, user.email)).split('=')[1] as string;
    const rows = await handle.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reports.save, which authenticates in its own statement', () => {
  const save = (cookie: string | undefined, unitId: string, note: string, version: number | null) =>
    app.inject({
      method: 'POST',
      url: '/trpc/reports.save',
      headers: {
        ...SAME_ORIGIN,
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
      },
      payload: JSON.stringify({
        unitId,
        indicator: 'CT-05',
        periodKey: '2026',
        claimsMet: false,
        links: [],
        note,
        version,
      }),
    });
  const reportsOf = (unitId: string) =>
    handle.db
      .selectFrom('reports')
      .select(['note', 'version'])
      .where('unit_id', '=', unitId)
      .execute();
  const setSession = (
    userId: string,
    values: { last_seen_at?: Date; expires_at?: Date; revoked_at?: Date },
  ) => handle.db.updateTable('sessions').set(values).where('user_id', '=', userId).execute();

  it('saves for a live session, and touches it once it is a minute old', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.communeA.id });
    const cookie = sessionCookie(await signIn(app, user.email));
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await setSession(user.id, { last_seen_at: longAgo });
    const response = await save(cookie, tree.communeA.id, 'một', null);
    expect(response.statusCode, response.body).toBe(200);
    expect(await reportsOf(tree.communeA.id)).toEqual([{ note: 'một', version: 1 }]);
    const [session] = await handle.db
      .selectFrom('sessions')
      .select('last_seen_at')
      .where('user_id', '=', user.id)
      .execute();
    expect(new Date(session?.last_seen_at as Date).getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it.each([
    ['no cookie', async () => undefined],
    ['a forged cookie', async () => 'lantoa_session=forged-token'],
  ])('refuses %s with 401 and writes nothing', async (_case, cookieOf) => {
    const response = await save(await cookieOf(), tree.communeB.id, 'không', null);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.data.code).toBe('UNAUTHORIZED');
    expect(await reportsOf(tree.communeB.id)).toEqual([]);
  });

  it.each([
    ['idle', { last_seen_at: new Date(Date.now() - 9 * 3_600_000) }],
    ['expired', { expires_at: new Date(Date.now() - 1000) }],
    ['signed out', { revoked_at: new Date() }],
  ])('refuses an %s session with 401 and writes nothing', async (_case, change) => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const cookie = sessionCookie(await signIn(app, user.email));
    await setSession(user.id, change);
    const response = await save(cookie, tree.districtB.id, 'không', null);
    expect(response.statusCode).toBe(401);
    expect(await reportsOf(tree.districtB.id)).toEqual([]);
  });

  it('refuses a disabled user with 401, a reviewer with 403, another district with 404', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
    const cadreCookie = sessionCookie(await signIn(app, cadre.email));
    const reviewerCookie = sessionCookie(await signIn(app, reviewer.email));
    expect((await save(cadreCookie, tree.districtA.id, 'khác', null)).statusCode).toBe(404);
    expect((await save(reviewerCookie, tree.districtB.id, 'duyệt', null)).statusCode).toBe(403);
    const asAdmin = await callerAs(handle.db, admin);
    await asAdmin.users.update({ id: cadre.id, version: cadre.version, isDisabled: true });
    expect((await save(cadreCookie, tree.districtB.id, 'tắt', null)).statusCode).toBe(401);
    expect(await reportsOf(tree.districtB.id)).toEqual([]);
    expect(await reportsOf(tree.districtA.id)).toEqual([]);
  });
});

describe('sign-in throttling (decision 8)', () => {
  const wrong = (email: string, ip: string) =>
    signIn(app, email, { password: 'not-the-password', ip });
  const attackAlerts = () =>
    handle.db
      .selectFrom('audit_event')
      .select(['entity_id', 'after'])
      .where('action', '=', SIGN_IN_ATTACK_ACTION)
      // Heap order is no order on PostgreSQL: the alerts in the order they were raised.
      .orderBy('seq')
      .execute();

  it('lets the right password in from a clean address after failures from many others', async () => {
    const victim = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const attackers = ['10.4.0.1', '10.4.0.2', '10.4.0.3', '10.4.0.4'];
    const statuses = [];
    for (const ip of attackers) {
      const ofAddress = [];
      for (let i = 0; i < 5; i += 1) ofAddress.push((await wrong(victim.email, ip)).statusCode);
      statuses.push(ofAddress);
    }
    // Three free failures per address; from the account's 10th failure on, each address
    // that failed waits too: the 20 attempts of the finding reach the password 10 times.
    expect(statuses).toEqual([
      [401, 401, 401, 429, 429],
      [401, 401, 401, 429, 429],
      [401, 401, 401, 429, 429],
      [401, 429, 429, 429, 429],
    ]);
    for (let i = 0; i < 16; i += 1) {
      expect((await wrong(victim.email, `10.5.0.${i}`)).statusCode).toBe(401);
    }
    // 26 failures on the account: each address that failed on it waits 5 minutes now ...
    const slowed = await signIn(app, victim.email, { ip: attackers[0] });
    expect(slowed.statusCode).toBe(429);
    // Measured from that address's own last failure, a moment ago.
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(280);
    expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(300);
    expect(slowed.json().error.message).toBe(
      'Bạn đã thử đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút',
    );
    // ... but the right password from an address with no failures gets in, again and again.
    for (const ip of ['192.0.2.5', '192.0.2.5', '198.51.100.7']) {
      expect((await signIn(app, victim.email, { ip })).statusCode).toBe(200);
    }
  });

  it('alerts the administrators: an audit event, and a row in users.signInAlerts', async () => {
    const victim = await createUser(handle.db, { role: 'viewer', unitId: tree.communeA.id });
    const warn = vi.spyOn(app.log, 'warn');
    for (let i = 0; i < 21; i += 1) await wrong(victim.email.toUpperCase(), `10.6.0.${i}`);
    expect(warn.mock.calls.map((call) => call.at(-1))).toEqual([
      'sign-in: account under attack',
      'sign-in: account under attack',
    ]);
    warn.mockRestore();
    const events = (await attackAlerts()).filter((e) => e.entity_id === victim.id);
    expect(events.map((e) => e.after)).toEqual([
      expect.objectContaining({ failures: 10, newFailures: 10, addresses: 10 }),
      expect.objectContaining({ failures: 20, newFailures: 10, addresses: 20 }),
    ]);
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const alerts = await (await callerAs(handle.db, admin)).users.signInAlerts();
    expect(alerts.find((a) => a.userId === victim.id)).toMatchObject({
      email: victim.email,
      failures: 20,
      addresses: 20,
      unitName: tree.communeA.name,
    });
    const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
    await expect((await callerAs(handle.db, reviewer)).users.signInAlerts()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('an email with no account raises no audit event', async () => {
    const before = (await attackAlerts()).length;
    for (let i = 0; i < 12; i += 1) await wrong('ghost@test.lantoa.vn', `10.7.0.${i}`);
    expect((await attackAlerts()).length).toBe(before);
  });

  it('30 colleagues behind one office address never slow each other down', async () => {
    const colleagues = await Promise.all(
      Array.from({ length: 30 }, () =>
        createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id }),
      ),
    );
    // A few typos in the office, as in real life, then everyone signs in twice.
    for (const c of colleagues.slice(0, 5)) await wrong(c.email, '203.0.113.30');
    for (const round of [1, 2]) {
      for (const c of colleagues) {
        const response = await signIn(app, c.email, { ip: '203.0.113.30' });
        expect(response.statusCode, `round ${round}`).toBe(200);
      }
    }
    // 65 argon2 checks one after another, each with its counters' round trips.
  }, 60_000);

  it('slows an address spraying many accounts after 10 failures', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await wrong(`spray-${i}@test.lantoa.vn`, '10.3.3.3')).statusCode).toBe(401);
    }
    const slowed = await wrong('spray-10@test.lantoa.vn', '10.3.3.3');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('1');
    expect(slowed.json().error.message).toMatch(/sau 1 giây$/);
  });
});
