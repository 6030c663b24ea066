// Sign-ins, sign-outs and refused sign-ins leave audit events (issue 16), bounded so that
// guessing cannot grow the append-only audit table without limit (decision 16).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { SIGN_IN_ATTACK_ACTION } from '../services/record-sign-in-attack.js';
import { SIGN_IN_REFUSED_ACTION } from '../services/record-sign-in-refusal.js';
import { SIGN_IN_ACTION } from '../services/sign-in.js';
import { SIGN_OUT_ACTION } from '../services/sign-out.js';
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

const SIGN_IN_ACTIONS = [SIGN_IN_ACTION, SIGN_OUT_ACTION, SIGN_IN_REFUSED_ACTION];

const eventsOf = (userId: string) =>
  handle.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id', 'unit_id', 'after'])
    .where('entity', '=', 'user')
    .where('entity_id', '=', userId)
    .where('action', 'in', [...SIGN_IN_ACTIONS, SIGN_IN_ATTACK_ACTION])
    .orderBy('seq')
    .execute();

const countSignInEvents = async () => {
  const row = await handle.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', 'in', [...SIGN_IN_ACTIONS, SIGN_IN_ATTACK_ACTION])
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

const wrong = (email: string, ip: string) =>
  signIn(app, email, { password: 'not-the-password', ip });

describe('sign-in audit', () => {
  it('records a sign-in with its session and a sign-out, each naming the address', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const session = sessionCookie(await signIn(app, user.email, { ip: '10.9.0.1' }));
    const out = await app.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { ...SAME_ORIGIN, cookie: session },
      remoteAddress: '10.9.0.2',
    });
    expect(out.statusCode).toBe(200);
    const who = { actor_id: user.id, unit_id: tree.districtA.id };
    expect(await eventsOf(user.id)).toEqual([
      { ...who, action: SIGN_IN_ACTION, after: { address: '10.9.0.1' } },
      { ...who, action: SIGN_OUT_ACTION, after: { address: '10.9.0.2' } },
    ]);
    // Signing out without a live session writes nothing.
    await app.inject({ method: 'POST', url: '/auth/sign-out', headers: { ...SAME_ORIGIN } });
    expect(await eventsOf(user.id)).toHaveLength(2);
  });

  it('records a wrong password and a disabled account as refused, with no actor', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtB.id });
    expect((await wrong(user.email, '10.9.1.1')).statusCode).toBe(401);
    await (await callerAs(handle.db, admin)).users.update({
      id: user.id,
      version: user.version,
      isDisabled: true,
    });
    expect((await signIn(app, user.email, { ip: '10.9.1.2' })).statusCode).toBe(401);
    const refused = { action: SIGN_IN_REFUSED_ACTION, actor_id: null, unit_id: tree.districtB.id };
    expect(await eventsOf(user.id)).toEqual([
      { ...refused, after: { address: '10.9.1.1', isDisabled: false, failures: 1 } },
      { ...refused, after: { address: '10.9.1.2', isDisabled: true, failures: 2 } },
    ]);
  });

  it('an email with no account adds no row, however often it is tried', async () => {
    const before = await countSignInEvents();
    for (let i = 0; i < 25; i += 1) {
      expect((await wrong('nobody@test.lantoa.vn', `10.9.2.${i}`)).statusCode).toBe(401);
    }
    expect(await countSignInEvents()).toBe(before);
  });

  it('a long guessing run on one account: nine refusals one by one, then only the alerts', async () => {
    const victim = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    // A new address each time, so the limiter never makes the run wait.
    for (let i = 0; i < 45; i += 1) {
      expect((await wrong(victim.email, `10.9.3.${i}`)).statusCode).toBe(401);
    }
    const actions = (await eventsOf(victim.id)).map((e) => e.action);
    expect(actions.filter((a) => a === SIGN_IN_REFUSED_ACTION)).toHaveLength(9);
    // Alerts at 10, 20 and 40 failures: 12 rows for 45 attempts, growing with their log.
    expect(actions.filter((a) => a === SIGN_IN_ATTACK_ACTION)).toHaveLength(3);
  });
});
