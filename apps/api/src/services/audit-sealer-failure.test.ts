// A seal that fails at start-up (the database refuses it, as a duplicate seal once did) is
// reported, the server serves anyway, and the app's sealer seals once it can.
import type { AuditAction } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { openTestDb } from '../test/test-db.js';
import { appendAuditEvent } from './append-audit-event.js';
import { AuditSealer } from './audit-sealer.js';

/** The chain does not care what an event says: any code stands for a real action. */
const anyCode = (code: string) => code as AuditAction;

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const pending = async () =>
  (await handle.db.selectFrom('audit_pending').select('seq').execute()).length;

/** Events waiting for their seal, as any write leaves them. */
const writeEvents = async () => {
  for (const action of ['test.one', 'test.two'])
    await appendAuditEvent(handle.db, {
      actorId: null,
      action: anyCode(action),
      entity: 'test',
      entityId: null,
    });
};
const breakSealing = async () => {
  await sql`CREATE FUNCTION refuse_seal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'seal refused for the test'; END $$`.execute(handle.db);
  await sql`CREATE TRIGGER refuse_seal BEFORE INSERT ON audit_seal
      FOR EACH ROW EXECUTE FUNCTION refuse_seal()`.execute(handle.db);
};
const mendSealing = async () => {
  await sql`DROP TRIGGER refuse_seal ON audit_seal`.execute(handle.db);
  await sql`DROP FUNCTION refuse_seal()`.execute(handle.db);
};

describe('the audit sealer when sealing fails', () => {
  it('bootstrap reports the failure and the app serves and seals later', async () => {
    await writeEvents();
    await breakSealing();
    const config = loadConfig({
      DATABASE_URL: '',
      LANTOA_ADMIN_DIST: '/none',
      LANTOA_DEMO: '0',
      PUBLIC_ORIGIN: 'http://localhost',
    });
    const result = await bootstrap(handle.db, config);
    expect(String(result.sealError)).toMatch(/seal refused for the test/);
    expect(await pending()).toBeGreaterThan(0);

    const app = await buildApp({ db: handle.db, config });
    try {
      expect((await app.inject('/readyz')).statusCode).toBe(200);
      expect((await app.inject('/healthz')).statusCode).toBe(200);
      await mendSealing();
      // The app's sealer runs on its timer without anyone asking: the queue empties.
      await vi.waitFor(async () => expect(await pending()).toBe(0), { timeout: 15_000 });
    } finally {
      await app.close();
    }
  });

  it('reports the first failure of a spell once, and says when it works again', async () => {
    await writeEvents();
    await breakSealing();
    const onError = vi.fn();
    const onRecover = vi.fn();
    const sealer = new AuditSealer(handle.db, { onError, onRecover, delayMs: 1, intervalMs: 20 });
    try {
      await vi.waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 10_000 });
      sealer.kick();
      await mendSealing();
      await vi.waitFor(() => expect(onRecover).toHaveBeenCalledTimes(1), { timeout: 10_000 });
      expect(onError).toHaveBeenCalledTimes(1);
      expect(await pending()).toBe(0);
    } finally {
      await sealer.stop();
    }
  });
});
