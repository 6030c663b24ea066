// Sign-in throttling shared by replicas (issue 11): two app instances over one database
// count the same failures, raise an alert once between them, and the database store
// follows the same rules as the in-memory one, forgetting a counter after an hour.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { SIGN_IN_ATTACK_ACTION } from '../services/record-sign-in-attack.js';
import { createProvince, createUser } from '../test/factories.js';
import { signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';
import { SIGN_IN_POLICY, SignInLimiter } from './rate-limiter.js';
import { sharedSignInThrottle } from './shared-sign-in-throttle.js';

let handle: DbHandle;
let replicaA: FastifyInstance;
let replicaB: FastifyInstance;
let unitId: string;

beforeAll(async () => {
  handle = await openTestDb();
  [replicaA, replicaB] = await Promise.all([testApp(handle.db), testApp(handle.db)]);
  unitId = (await createProvince(handle.db)).districtA.id;
});
afterAll(async () => {
  await Promise.all([replicaA.close(), replicaB.close()]);
  await handle.close();
});

const wrong = (app: FastifyInstance, user: User, ip: string) =>
  signIn(app, user.email, { password: 'wrong-password-1', ip });

describe('sign-in throttling across two replicas', () => {
  it('counts failures on one replica when the next attempt reaches the other', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId });
    for (const app of [replicaA, replicaB, replicaA])
      expect((await wrong(app, user, '10.7.7.7')).statusCode).toBe(401);
    const slowed = await wrong(replicaB, user, '10.7.7.7');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('1');
    // The right password from another address is never held back by the attacker's count.
    expect((await signIn(replicaA, user.email, { ip: '10.7.7.8' })).statusCode).toBe(200);
  });

  it('raises the account alert once, whichever replica counts the tenth failure', async () => {
    const user = await createUser(handle.db, { role: 'cadre', unitId });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => wrong(i % 2 ? replicaA : replicaB, user, `10.8.${i}.1`)),
    );
    const alerts = await handle.db
      .selectFrom('audit_event')
      .select('after')
      .where('action', '=', SIGN_IN_ATTACK_ACTION)
      .where('entity_id', '=', user.id)
      .execute();
    expect(alerts).toHaveLength(1);
  });
});

describe('the database store', () => {
  const T0 = Date.parse('2026-06-15T03:00:00Z');

  it('gives the same waits as the in-memory store, failing at full speed', async () => {
    const shared = sharedSignInThrottle(handle.db);
    const memory = new SignInLimiter().asThrottle();
    for (const store of [shared, memory]) {
      let now = T0;
      const waits: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        const wait = (await store.check('parity@x.vn', '10.9.9.9', now)) ?? 0;
        waits.push(wait);
        now += wait * 1000;
        await store.recordFailure('parity@x.vn', '10.9.9.9', now);
      }
      expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16]);
    }
  });

  it('forgets a counter an hour after its latest failure, and a success forgives the pair', async () => {
    const store = sharedSignInThrottle(handle.db);
    for (let i = 0; i < 5; i += 1) await store.recordFailure('Forget@X.vn', '10.9.9.1', T0);
    expect(await store.check('forget@x.vn', '10.9.9.1', T0)).toBe(4);
    expect(await store.accountFailures('forget@x.vn', T0)).toBe(5);
    const later = T0 + SIGN_IN_POLICY.forgetMs;
    expect(await store.check('forget@x.vn', '10.9.9.1', later)).toBeNull();
    expect(await store.accountFailures('forget@x.vn', later)).toBe(0);
    await store.recordFailure('forget@x.vn', '10.9.9.1', later);
    expect(await store.accountFailures('forget@x.vn', later)).toBe(1);
    for (let i = 0; i < 4; i += 1) await store.recordFailure('forget@x.vn', '10.9.9.1', later);
    await store.recordSuccess('forget@x.vn', '10.9.9.1');
    expect(await store.check('forget@x.vn', '10.9.9.1', later)).toBeNull();
  });
});
