import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { openTestDb } from '../test/test-db.js';
import { appendAuditEvent } from './append-audit-event.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const append = (action: string, after: unknown) =>
  handle.db
    .transaction()
    .execute((trx) =>
      appendAuditEvent(trx, { actorId: null, action, entity: 'test', entityId: 'x', after }),
    );

describe('audit_event', () => {
  it('chains events so the whole log verifies, even under concurrent appends', async () => {
    await append('first', { b: 1, a: [1, 'á', { z: null, y: true }] });
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(`parallel-${i}`, { i })));
    const result = await verifyAuditChain(handle.db);
    expect(result).toEqual({ isValid: true, count: 11 });
  });

  it('verifies a live chain while writers append', async () => {
    const writers = Array.from({ length: 30 }, (_, i) => append(`live-${i}`, { i }));
    const readers = Array.from({ length: 5 }, () => verifyAuditChain(handle.db));
    const results = await Promise.all([...writers, ...readers]);
    for (const result of results.slice(30)) expect(result).toMatchObject({ isValid: true });
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_event SET action = 'forged'`],
    ['DELETE', sql`DELETE FROM audit_event`],
    ['TRUNCATE', sql`TRUNCATE audit_event`],
  ])('refuses %s', async (_op, statement) => {
    const before = await handle.db.selectFrom('audit_event').select('seq').execute();
    await expect(statement.execute(handle.db)).rejects.toThrow(/append-only/);
    const after = await handle.db.selectFrom('audit_event').select('seq').execute();
    expect(after).toEqual(before);
  });

  it('detects a tampered row once the trigger is bypassed', async () => {
    // An attacker with superuser rights can drop the trigger; the hash chain still tells.
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`.execute(
      handle.db,
    );
    await sql`UPDATE audit_event SET after = '{"i": 99}'::jsonb WHERE seq = 5`.execute(handle.db);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`.execute(
      handle.db,
    );
    const result = await verifyAuditChain(handle.db);
    expect(result).toMatchObject({ isValid: false, brokenAtSeq: 5, why: 'hash' });
  });
});
