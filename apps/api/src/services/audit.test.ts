import type { AuditAction } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { openTestDb } from '../test/test-db.js';
import { appendAuditEvent } from './append-audit-event.js';
import { sealAuditEvents } from './seal-audit-events.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/** The chain does not care what an event says: any code stands for a real action. */
const anyCode = (code: string) => code as AuditAction;

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const append = (action: string, after: unknown) =>
  handle.db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actorId: null,
      action: anyCode(action),
      entity: 'test',
      entityId: 'x',
      after,
    }),
  );
const chained = () =>
  handle.db.selectFrom('audit_seal').select(['seq', 'chain_pos']).orderBy('chain_pos').execute();
const isPostgresServer = Boolean(process.env.DATABASE_URL);

describe('audit_event', () => {
  it('appends unsealed events; sealing chains them all and the log verifies', async () => {
    await append('first', { b: 1, a: [1, 'á', { z: null, y: true }] });
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(`parallel-${i}`, { i })));
    expect(await verifyAuditChain(handle.db)).toEqual({ isValid: true, count: 0, unsealed: 11 });
    expect(await sealAuditEvents(handle.db)).toBe(11);
    expect(await verifyAuditChain(handle.db)).toEqual({ isValid: true, count: 11, unsealed: 0 });
    expect(await sealAuditEvents(handle.db)).toBe(0);
  });

  it('two sealers racing never fork the chain, while writers append and readers verify', async () => {
    const writers = Array.from({ length: 300 }, (_, i) => append(`live-${i}`, { i }));
    const sealers = Array.from({ length: 6 }, () => sealAuditEvents(handle.db));
    const readers = Array.from({ length: 5 }, () => verifyAuditChain(handle.db));
    const results = await Promise.all([...readers, ...sealers, ...writers]);
    for (const result of results.slice(0, 5)) expect(result).toMatchObject({ isValid: true });
    await Promise.all([sealAuditEvents(handle.db), sealAuditEvents(handle.db)]);
    expect(await verifyAuditChain(handle.db)).toEqual({ isValid: true, count: 311, unsealed: 0 });
    const positions = (await chained()).map((r) => Number(r.chain_pos));
    expect(positions).toEqual(Array.from({ length: 311 }, (_, i) => i + 1));
  });

  it.runIf(isPostgresServer)(
    'an event committed late is sealed after the ones that committed before it',
    async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let slowSeq = 0;
      const slow = handle.db.transaction().execute(async (trx) => {
        slowSeq = await appendAuditEvent(trx, {
          actorId: null,
          action: anyCode('slow'),
          entity: 'test',
          entityId: 'x',
        });
        await held;
      });
      while (slowSeq === 0) await new Promise((r) => setTimeout(r, 5));
      const fastSeq = await append('fast', {});
      expect(fastSeq).toBeGreaterThan(slowSeq);
      expect(await sealAuditEvents(handle.db)).toBe(1);
      release();
      await slow;
      expect(await sealAuditEvents(handle.db)).toBe(1);
      const order = (await chained()).slice(-2).map((r) => Number(r.seq));
      expect(order).toEqual([fastSeq, slowSeq]);
      expect(await verifyAuditChain(handle.db)).toMatchObject({ isValid: true, unsealed: 0 });
    },
  );

  it('a rolled-back write leaves a gap in seq, not in the chain', async () => {
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await appendAuditEvent(trx, {
          actorId: null,
          action: anyCode('undone'),
          entity: 'test',
          entityId: 'x',
        });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await append('after-rollback', {});
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ isValid: true, unsealed: 0 });
    const undone = await handle.db
      .selectFrom('audit_event')
      .select('seq')
      .where('action', '=', 'undone')
      .execute();
    expect(undone).toEqual([]);
  });

  it.each([
    ['UPDATE of an event', sql`UPDATE audit_event SET action = 'forged'`],
    ['DELETE of an event', sql`DELETE FROM audit_event`],
    ['TRUNCATE of the events', sql`TRUNCATE audit_event CASCADE`],
    ['UPDATE of a seal', sql`UPDATE audit_seal SET hash = 'forged'`],
    ['DELETE of a seal', sql`DELETE FROM audit_seal`],
    ['TRUNCATE of the seals', sql`TRUNCATE audit_seal`],
  ])('refuses %s, sealed or not', async (_op, statement) => {
    await append('unsealed', { i: 1 });
    const read = () =>
      Promise.all([
        handle.db.selectFrom('audit_event').selectAll().orderBy('seq').execute(),
        handle.db.selectFrom('audit_seal').selectAll().orderBy('seq').execute(),
      ]);
    const before = await read();
    await expect(statement.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await read()).toEqual(before);
  });

  it('detects an event taken out of the queue before it was sealed', async () => {
    const seq = await append('hidden', {});
    await sql`DELETE FROM audit_pending WHERE seq = ${seq}`.execute(handle.db);
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({
      isValid: false,
      brokenAtSeq: seq,
      why: 'lost',
    });
    // Back in the queue, it is sealed like any other.
    await sql`INSERT INTO audit_pending (seq) VALUES (${seq})`.execute(handle.db);
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ isValid: true, unsealed: 0 });
  });

  it('detects a change to any column of a sealed event once the trigger is bypassed', async () => {
    await sealAuditEvents(handle.db);
    // An attacker with superuser rights can drop the trigger; the hash chain still tells.
    const [, , , , victim] = await chained();
    const seq = Number(victim?.seq);
    const forgeries = [
      sql`at = at + interval '1 microsecond'`,
      sql`actor_id = gen_random_uuid()`,
      sql`action = 'forged'`,
      sql`entity = 'forged'`,
      sql`entity_id = 'forged'`,
      sql`unit_id = gen_random_uuid()`,
      sql`before = '{"i": 0}'::jsonb`,
      sql`after = '{"i": 99}'::jsonb`,
    ];
    const original = await handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(
      handle.db,
    );
    try {
      for (const forgery of forgeries) {
        await sql`UPDATE audit_event SET ${forgery} WHERE seq = ${seq}`.execute(handle.db);
        const result = await verifyAuditChain(handle.db);
        expect(result).toMatchObject({ isValid: false, brokenAtSeq: seq, why: 'hash' });
        await sql`UPDATE audit_event SET at = ${original.at}, actor_id = ${original.actor_id},
          action = ${original.action}, entity = ${original.entity},
          entity_id = ${original.entity_id}, unit_id = ${original.unit_id},
          before = ${JSON.stringify(original.before)}::jsonb,
          after = ${JSON.stringify(original.after)}::jsonb WHERE seq = ${seq}`.execute(handle.db);
        expect(await verifyAuditChain(handle.db)).toMatchObject({ isValid: true });
      }
    } finally {
      await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`.execute(
        handle.db,
      );
    }
  });

  it('detects a sealed event deleted once the trigger is bypassed', async () => {
    const fresh = await openTestDb();
    try {
      for (const action of ['a', 'b', 'c'])
        await fresh.db.transaction().execute((trx) =>
          appendAuditEvent(trx, {
            actorId: null,
            action: anyCode(action),
            entity: 'test',
            entityId: 'x',
          }),
        );
      await sealAuditEvents(fresh.db);
      const seals = await fresh.db
        .selectFrom('audit_seal')
        .select('seq')
        .orderBy('chain_pos')
        .execute();
      const middle = Number(seals[seals.length - 2]?.seq);
      await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(
        fresh.db,
      );
      await sql`DELETE FROM audit_event WHERE seq = ${middle}`.execute(fresh.db);
      expect(await verifyAuditChain(fresh.db)).toMatchObject({
        isValid: false,
        brokenAtSeq: middle,
        why: 'missing',
      });
    } finally {
      await fresh.close();
    }
  });
});
