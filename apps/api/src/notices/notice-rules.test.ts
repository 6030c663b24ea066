// The time-based rules end to end on a real database: each step on its Vietnam day, once
// per (recipient, rule, subject, period) however many passes or replicas run, held in
// quiet hours, and never sent for a unit the recipient can no longer see.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { Database } from '../db/schema.js';
import { generateTimedNotices } from '../services/generate-timed-notices.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { deliverNotices } from './deliver-notices.js';
import { createMailer } from './mailer.js';
import { lazySigningKey } from './unsubscribe-token.js';

let handle: DbHandle;
let db: Kysely<Database>;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: { id: string };
let reviewer: { id: string };
let admin: { id: string };

/** An instant given in Vietnam time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const ANNUAL = 'deadline:annual-report-2026';

beforeAll(async () => {
  handle = await openTestDb();
  db = handle.db;
  tree = await createProvince(db);
  cadre = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
  reviewer = await createUser(db, { role: 'reviewer', unitId: tree.province.id });
  admin = await createUser(db, { role: 'admin', unitId: tree.province.id });
});
afterAll(() => handle.close());
beforeEach(async () => {
  await db.deleteFrom('notice_deliveries').execute();
  await db.deleteFrom('notices').execute();
  await db.deleteFrom('demo_outbox').execute();
});

/** District A's notices about its 2026 annual report (due 15/12/2026), per recipient. */
async function annualNotices() {
  const rows = await db
    .selectFrom('notices')
    .select(['recipient_id', 'kind', 'period_key', 'title'])
    .where('subject_key', '=', `${tree.districtA.id}|${ANNUAL}`)
    .orderBy('period_key')
    .execute();
  const who = (id: string) =>
    id === cadre.id ? 'cadre' : id === reviewer.id ? 'reviewer' : id === admin.id ? 'admin' : id;
  return rows.map((r) => `${who(r.recipient_id)}:${r.kind}:${r.period_key}`).sort();
}

describe('deadline steps on their Vietnam days', () => {
  it('says nothing 15 days before, then due soon 14 days before, to the cadres only', async () => {
    await generateTimedNotices(db, vn('2026-11-30T10:00'));
    expect(await annualNotices()).toEqual([]);
    await generateTimedNotices(db, vn('2026-12-01T10:00'));
    expect(await annualNotices()).toEqual(['cadre:due_soon:d-14']);
  });

  it('counts the day in Vietnam: 17:00Z on 30/11 is already 01/12 there', async () => {
    await generateTimedNotices(db, new Date('2026-11-30T16:59:00Z'));
    expect(await annualNotices()).toEqual([]);
    await generateTimedNotices(db, new Date('2026-11-30T17:00:00Z'));
    expect(await annualNotices()).toEqual(['cadre:due_soon:d-14']);
  });

  it('on the deadline day itself sends the 1-day step, and overdue starts the day after', async () => {
    await generateTimedNotices(db, vn('2026-12-15T08:00'));
    expect(await annualNotices()).toEqual(['cadre:due_soon:d-1']);
    await generateTimedNotices(db, vn('2026-12-16T08:00'));
    expect(await annualNotices()).toEqual(['cadre:due_soon:d-1', 'cadre:overdue:o-1']);
  });

  it('reaches the reviewers after 7 days and escalates to administrators after 30', async () => {
    await generateTimedNotices(db, vn('2026-12-22T08:00'));
    expect(await annualNotices()).toEqual(['cadre:overdue:o-7', 'reviewer:overdue:o-7']);
    await generateTimedNotices(db, vn('2027-01-14T08:00'));
    expect(await annualNotices()).toEqual([
      'admin:escalation:o-30',
      'cadre:escalation:o-30',
      'cadre:overdue:o-7',
      'reviewer:escalation:o-30',
      'reviewer:overdue:o-7',
    ]);
    const [escalation] = await db
      .selectFrom('notices')
      .select(['title', 'body', 'link'])
      .where('recipient_id', '=', admin.id)
      .where('subject_key', '=', `${tree.districtA.id}|${ANNUAL}`)
      .execute();
    expect(escalation?.title.vi).toBe(`Cần xử lý gấp 30 ngày: ${tree.districtA.name}`);
    expect(escalation?.body.vi).toContain('hạn 15/12/2026, đã quá 30 ngày');
    expect(escalation?.link).toBe(`/units/${tree.districtA.id}`);
  });
});

describe('at most once per (recipient, rule, subject, period)', () => {
  it('writes each notice once, however many passes run, even at the same moment', async () => {
    const now = vn('2026-12-01T10:00');
    const created = await Promise.all([1, 2, 3].map(() => generateTimedNotices(db, now)));
    await generateTimedNotices(db, vn('2026-12-02T10:00'));
    expect(await annualNotices()).toEqual(['cadre:due_soon:d-14']);
    const total = await db
      .selectFrom('notices')
      .select(db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(created.reduce((a, b) => a + b, 0)).toBe(Number(total.n));
    const deliveries = await db.selectFrom('notice_deliveries').select('notice_id').execute();
    expect(deliveries.length).toBe(Number(total.n));
  });
});

describe('delivery', () => {
  const channels = async () => ({
    mailer: createMailer(db, { smtpUrl: undefined, from: 'test' }),
    zalo: null,
    linkOrigin: 'https://lantoa.example.vn',
    signingKey: lazySigningKey(db),
  });
  const cadreMails = async () =>
    db.selectFrom('demo_outbox').select(['to_address', 'subject']).execute();

  it('holds a notice written at 23:59 until 07:00, then sends it once', async () => {
    await generateTimedNotices(db, vn('2026-12-01T23:59'));
    const ch = await channels();
    expect(await deliverNotices(db, ch, vn('2026-12-02T06:59'))).toBe(0);
    expect(await deliverNotices(db, ch, vn('2026-12-02T07:00'))).toBeGreaterThan(0);
    expect(await deliverNotices(db, ch, vn('2026-12-02T07:05'))).toBe(0);
    const mails = await cadreMails();
    expect(mails.filter((m) => m.subject.includes('Sắp đến hạn (còn 14 ngày)'))).toHaveLength(
      (await annualNotices()).length,
    );
  });

  it('sends nothing to a disabled account or for a unit the recipient no longer sees', async () => {
    const moved = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
    const disabled = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
    await generateTimedNotices(db, vn('2026-12-01T10:00'));
    // After the notice, before the send: one moves to district B, one is disabled.
    await db
      .updateTable('users')
      .set({ unit_id: tree.districtB.id })
      .where('id', '=', moved.id)
      .execute();
    await db
      .updateTable('users')
      .set({ is_disabled: true })
      .where('id', '=', disabled.id)
      .execute();
    await deliverNotices(db, await channels(), vn('2026-12-01T10:01'));
    const statusOf = async (userId: string) =>
      (
        await db
          .selectFrom('notice_deliveries as d')
          .innerJoin('notices as n', 'n.id', 'd.notice_id')
          .select(['d.status', 'd.last_error'])
          .where('n.recipient_id', '=', userId)
          .where('n.subject_key', '=', `${tree.districtA.id}|${ANNUAL}`)
          .executeTakeFirstOrThrow()
      ).status;
    expect(await statusOf(cadre.id)).toBe('sent');
    expect(await statusOf(moved.id)).toBe('skipped');
    expect(await statusOf(disabled.id)).toBe('skipped');
    const to = (await cadreMails()).map((m) => m.to_address);
    expect(to).not.toContain(moved.email);
    expect(to).not.toContain(disabled.email);
    await db.deleteFrom('notice_deliveries').execute();
    await db.deleteFrom('notices').execute();
    await db.deleteFrom('users').where('id', 'in', [moved.id, disabled.id]).execute();
  });

  it('sends nothing for a unit reorganised away (closed) after the notice was written', async () => {
    const commune = await createUser(db, { role: 'cadre', unitId: tree.districtB.id });
    await generateTimedNotices(db, vn('2026-12-01T10:00'));
    const pending = await db
      .selectFrom('notices')
      .select('id')
      .where('recipient_id', '=', commune.id)
      .execute();
    expect(pending.length).toBeGreaterThan(0);
    // District B is closed as of 01/12 (its commune unit moved under A first).
    await db
      .updateTable('unit_links')
      .set({ parent_id: tree.districtA.id })
      .where('unit_id', '=', tree.communeB.id)
      .execute();
    await db
      .updateTable('units')
      .set({ closed_on: '2026-12-01' })
      .where('id', '=', tree.districtB.id)
      .execute();
    await deliverNotices(db, await channels(), vn('2026-12-01T10:01'));
    const statuses = await db
      .selectFrom('notice_deliveries as d')
      .innerJoin('notices as n', 'n.id', 'd.notice_id')
      .select('d.status')
      .where('n.recipient_id', '=', commune.id)
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(statuses.map(() => 'skipped'));
    await db
      .updateTable('units')
      .set({ closed_on: null })
      .where('id', '=', tree.districtB.id)
      .execute();
    await db
      .updateTable('unit_links')
      .set({ parent_id: tree.districtB.id })
      .where('unit_id', '=', tree.communeB.id)
      .execute();
  });
});

describe('waiting for review', () => {
  it('tells the reviewers after 3 Vietnam days, then also the administrators after 7', async () => {
    const report = await db
      .insertInto('reports')
      .values({
        unit_id: tree.districtB.id,
        indicator: 'CT-05',
        period_key: '2026',
        status: 'submitted',
        claims_met: true,
        note: '',
        links: '[]',
        // 23:30 on 01/06 in Vietnam: day 1 of the wait is 02/06 there.
        submitted_at: vn('2026-06-01T23:30'),
        created_by: cadre.id,
        updated_by: cadre.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const waiting = async () =>
      (
        await db
          .selectFrom('notices')
          .select(['recipient_id', 'period_key', 'link'])
          .where('kind', '=', 'review_waiting')
          .where('subject_key', 'like', `report:${report.id}@%`)
          .execute()
      )
        .map(
          (n) =>
            `${n.recipient_id === reviewer.id ? 'reviewer' : n.recipient_id === admin.id ? 'admin' : 'other'}:${n.period_key}:${n.link}`,
        )
        .sort();
    await generateTimedNotices(db, vn('2026-06-03T23:59'));
    expect(await waiting()).toEqual([]);
    await generateTimedNotices(db, vn('2026-06-04T08:00'));
    expect(await waiting()).toEqual(['reviewer:r-3:/review']);
    await generateTimedNotices(db, vn('2026-06-08T08:00'));
    expect(await waiting()).toEqual([
      'admin:r-7:/review',
      'reviewer:r-3:/review',
      'reviewer:r-7:/review',
    ]);
    await db.deleteFrom('reports').where('id', '=', report.id).execute();
  });
});
