// Three replicas on one PostgreSQL database, each running the notices' passes and mailing
// to a slow SMTP server started here; one is killed with SIGKILL mid-run. Every notice is
// written once (the unique key), no mail arrives twice, and the deliveries the dead
// process held are marked failed as interrupted instead of being sent again (decision 23).
// PostgreSQL only: PGlite is one process by design (decision 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../db/create-db.js';
import { INTERRUPTED } from '../services/claim-deliveries.js';
import { type Child, runTs } from '../test/child-process.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { createPrivateDatabase, type PrivateDatabase } from '../test/private-database.js';
import { header, parts, startSmtpSink } from '../test/smtp-sink.js';

const serverUrl = process.env.DATABASE_URL;
const CADRES = 24;

describe.runIf(serverUrl)('exactly once with three replicas, one killed with kill -9', () => {
  let database: PrivateDatabase;
  let handle: DbHandle;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  const workers: Child[] = [];

  beforeAll(async () => {
    database = await createPrivateDatabase(String(serverUrl));
    handle = await createDb({ databaseUrl: database.url, poolSize: 2 });
    const tree = await createProvince(handle.db);
    for (let i = 0; i < CADRES / 3; i += 1) {
      const district = await createUnit(handle.db, {
        kind: 'district',
        parentId: tree.province.id,
      });
      for (let j = 0; j < 3; j += 1)
        await createUser(handle.db, { role: 'cadre', unitId: district.id });
    }
    sink = await startSmtpSink({ delayMs: 150 });
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) w.process.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await sink?.close();
    await handle?.close();
    await database?.drop();
  });

  it('writes and sends each notice at most once', async () => {
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      NOW: '2026-12-01T03:00:00.000Z', // 10:00 in Vietnam, 14 days before 15/12
      LEASE_MS: '3000',
    };
    for (let i = 0; i < 3; i += 1) workers.push(runTs('src/test/notice-worker.ts', [], env));
    await Promise.all(workers.map((w) => w.waitFor(/ready/)));
    // Kill one while mail is flowing: with a 150 ms server, it is almost surely mid-send.
    while (sink.received.length < 4) await new Promise((r) => setTimeout(r, 50));
    workers[0]?.process.kill('SIGKILL');
    await workers[0]?.exited;
    const deadline = Date.now() + 90_000;
    let open = 1;
    while (open > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      const row = await handle.db
        .selectFrom('notice_deliveries')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', 'in', ['pending', 'sending'])
        .executeTakeFirstOrThrow();
      open = Number(row.n);
    }
    expect(open).toBe(0);
    const notices = await handle.db
      .selectFrom('notices')
      .select(['recipient_id', 'kind', 'subject_key', 'period_key'])
      .execute();
    const keys = notices.map((n) => `${n.recipient_id}|${n.kind}|${n.subject_key}|${n.period_key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(notices.filter((n) => n.period_key === 'd-14').length).toBeGreaterThanOrEqual(CADRES);
    const deliveries = await handle.db
      .selectFrom('notice_deliveries')
      .select(['status', 'last_error'])
      .execute();
    expect(deliveries).toHaveLength(notices.length);
    const sent = deliveries.filter((d) => d.status === 'sent').length;
    const interrupted = deliveries.filter((d) => d.last_error === INTERRUPTED).length;
    expect(deliveries.every((d) => d.status === 'sent' || d.last_error === INTERRUPTED)).toBe(true);
    // No mail twice: each (recipient, message) arrived once.
    const mails = sink.received.map(
      (m) => `${m.to.join(',')}|${header(m.raw, 'Subject')}|${parts(m.raw)['text/plain']}`,
    );
    expect(new Set(mails).size).toBe(mails.length);
    // At most once: what arrived is what was marked sent, plus at most the interrupted ones.
    expect(mails.length).toBeGreaterThanOrEqual(sent);
    expect(mails.length).toBeLessThanOrEqual(sent + interrupted);
  }, 180_000);
});
