// A province amends only the plan it runs by adoption (decision 32). Before, a province that
// had adopted none amended plan 48 itself, which is An Giang's: a write into another
// province. Three provinces: one runs plan 48 (An Giang), one its own copy (Cà Mau), one none.
import { addDays, type PlanAmendmentInput, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs, TEST_NOW } from '../test/caller.js';
import { adoptPlanFor, createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let adminAg: User;
let adminCm: User;
let adminNone: User;
let central: User;
let agAmendment: { id: string; version: number };

const PLAN_48 = '48/KH-CTĐKG';
const CM_PLAN = '9/KH-CTĐ-CM (mẫu)';
const input = (): PlanAmendmentInput => ({
  effectiveOn: addDays(todayInVietnam(TEST_NOW), 30),
  legalBasis: { number: '21/QĐ-CTĐ', issuedOn: '2026-01-05', issuer: 'Hội CTĐ tỉnh' },
  summary: 'Sửa mục tiêu CT-07.',
  changes: [{ type: 'set_target', indicator: 'CT-07', target: { vi: 'Hai ấn phẩm', en: 'Two' } }],
});
const codeOf = (error: unknown) => (error as { code?: string }).code;
/** Everything stored of plan amendments, and their audit: a refusal must leave both. */
const written = async () => ({
  amendments: await handle.db.selectFrom('plan_amendments').selectAll().orderBy('id').execute(),
  audit: await handle.db
    .selectFrom('audit_event')
    .select(['seq', 'action', 'entity_id'])
    .where('entity', '=', 'plan_amendment')
    .orderBy('seq')
    .execute(),
});

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  const ag = await createProvince(handle.db);
  const cm = await createProvince(handle.db);
  const none = await createProvince(handle.db);
  await adoptPlanFor(handle.db, ag.province.id, PLAN_48);
  await adoptPlanFor(handle.db, cm.province.id, CM_PLAN);
  adminAg = await createUser(handle.db, { role: 'admin', unitId: ag.province.id });
  adminCm = await createUser(handle.db, { role: 'admin', unitId: cm.province.id });
  adminNone = await createUser(handle.db, { role: 'admin', unitId: none.province.id });
  central = await createUser(handle.db, { role: 'national', unitId: ag.province.id });
  // An Giang's pending amendment of plan 48: what the others try to reach.
  agAmendment = await (await callerAs(handle.db, adminAg)).plan.recordAmendment(input());
}, 180_000);
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('a province that has adopted no plan', () => {
  it('cannot record, preview or withdraw an amendment, and nothing is written', async () => {
    const before = await written();
    const asNone = await callerAs(handle.db, adminNone);
    const refusals = [
      await asNone.plan.recordAmendment(input()).catch((e) => e),
      await asNone.plan.previewAmendment(input()).catch((e) => e),
      await asNone.plan.withdrawAmendment(agAmendment).catch((e) => e),
    ];
    expect(refusals.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await written()).toEqual(before);
    // Plan 48's amendments are An Giang's one, untouched.
    const plan48 = before.amendments.filter((a) => a.plan_id === PLAN_48);
    expect(plan48.map((a) => [a.id, a.version, a.withdrawn_at])).toEqual([
      [agAmendment.id, 1, null],
    ]);
  });

  it('is told why, in the caller’s language, over HTTP', async () => {
    const cookie = sessionCookie(await signIn(app, adminNone.email));
    for (const [lang, words] of [
      ['vi', 'Tỉnh chưa thông qua kế hoạch nên chưa thể sửa đổi kế hoạch'],
      ['en', 'The province has not adopted a plan, so it has no plan to amend'],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/plan.recordAmendment',
        headers: {
          ...SAME_ORIGIN,
          cookie,
          'content-type': 'application/json',
          'accept-language': lang,
        },
        payload: input(),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toContain(words);
    }
  });

  it('may still adopt, and then amends its own copy, not plan 48', async () => {
    const asNone = await callerAs(handle.db, adminNone);
    await asNone.plan.adopt({
      templatePlanId: PLAN_48,
      planId: '3/KH-CTĐ-X',
      adoptedOn: '2026-01-01',
    });
    const recorded = await asNone.plan.recordAmendment(input());
    const row = await handle.db
      .selectFrom('plan_amendments')
      .select('plan_id')
      .where('id', '=', recorded.id)
      .executeTakeFirstOrThrow();
    expect(row.plan_id).toBe('3/KH-CTĐ-X');
  });
});

describe('another province’s plan', () => {
  it('Cà Mau’s administrator cannot withdraw An Giang’s amendment by id, nor write plan 48', async () => {
    const asCm = await callerAs(handle.db, adminCm);
    const before = await written();
    expect(codeOf(await asCm.plan.withdrawAmendment(agAmendment).catch((e) => e))).toBe(
      'NOT_FOUND',
    );
    expect(await written()).toEqual(before);
    // A plan id slipped into the input is not read: the amendment is Cà Mau's own plan's.
    const recorded = await asCm.plan.recordAmendment({
      ...input(),
      planId: PLAN_48,
    } as PlanAmendmentInput);
    const plan48 = await handle.db
      .selectFrom('plan_amendments')
      .select('id')
      .where('plan_id', '=', PLAN_48)
      .execute();
    expect(plan48).toEqual([{ id: agAmendment.id }]);
    const row = await handle.db
      .selectFrom('plan_amendments')
      .select('plan_id')
      .where('id', '=', recorded.id)
      .executeTakeFirstOrThrow();
    expect(row.plan_id).toBe(CM_PLAN);
    expect((await asCm.plan.amendments()).map((a) => a.id)).not.toContain(agAmendment.id);
  });

  it('Central (national) amends no plan, not even the province it sits in', async () => {
    const asCentral = await callerAs(handle.db, central);
    const before = await written();
    const refusals = [
      await asCentral.plan.recordAmendment(input()).catch((e) => e),
      await asCentral.plan.previewAmendment(input()).catch((e) => e),
      await asCentral.plan.withdrawAmendment(agAmendment).catch((e) => e),
    ];
    expect(refusals.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await written()).toEqual(before);
  });
});
