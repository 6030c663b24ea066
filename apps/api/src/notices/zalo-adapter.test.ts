// The Zalo adapter against msw standing in for Zalo's API, and the delivery worker's
// handling of its answers: sent, retried after a 429, held after a token expiry, failed
// for good on a refusal.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { enqueueNotices } from '../services/enqueue-notices.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { GOOD_TOKEN, ZALO_API, zaloHandlers } from '../test/zalo-handlers.js';
import { deliverNotices } from './deliver-notices.js';
import { createMailer } from './mailer.js';
import { ZaloAdapter } from './zalo-adapter.js';

const state: Parameters<typeof zaloHandlers>[0] = { calls: [], mode: 'ok' };
const server = setupServer(...zaloHandlers(state));
let handle: DbHandle;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  handle = await openTestDb();
});
afterEach(() => {
  state.calls = [];
  state.mode = 'ok';
});
afterAll(async () => {
  server.close();
  await handle.close();
});

const adapter = (token = GOOD_TOKEN) => new ZaloAdapter({ token, apiUrl: ZALO_API });

describe('ZaloAdapter', () => {
  it('sends a text message to the user with the OA token in the header', async () => {
    expect(await adapter().sendText('8123', 'Sắp đến hạn')).toEqual({ ok: true });
    expect(state.calls).toEqual([
      {
        token: GOOD_TOKEN,
        body: { recipient: { user_id: '8123' }, message: { text: 'Sắp đến hạn' } },
      },
    ]);
  });
  it('reads a 429 as "retry after" Zalo’s Retry-After', async () => {
    state.mode = '429';
    expect(await adapter().sendText('8123', 'x')).toMatchObject({
      ok: false,
      retry: true,
      afterMs: 120_000,
    });
  });
  it('reads an expired token as retry-later, flagged for the administrator', async () => {
    expect(await adapter('old-token').sendText('8123', 'x')).toMatchObject({
      ok: false,
      retry: true,
      isTokenExpired: true,
    });
  });
  it('reads a refusal (not a follower) as final', async () => {
    state.mode = 'not-follower';
    expect(await adapter().sendText('8123', 'x')).toMatchObject({ ok: false, retry: false });
  });
});

describe('Zalo deliveries', () => {
  it('sends, retries after a 429 with backoff, and fails a refused one for good', async () => {
    const db = handle.db;
    const tree = await createProvince(db);
    const user = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
    await db
      .insertInto('notice_preferences')
      .values({ user_id: user.id, email: false, zalo: true, zalo_user_id: '8123' })
      .execute();
    const now = new Date('2026-06-15T03:00:00Z'); // 10:00 in Vietnam: not quiet
    const notice = (n: number) => ({
      recipientId: user.id,
      kind: 'returned' as const,
      subjectKey: `report:${n}`,
      periodKey: 'v2',
      unitId: tree.districtA.id,
      text: {
        title: { vi: 'Báo cáo bị trả lại', en: 'Returned' },
        body: { vi: 'Nhận xét', en: 'Comment' },
      },
      link: `/units/${tree.districtA.id}`,
    });
    await db.transaction().execute((trx) => enqueueNotices(trx, [notice(1)], now));
    const channels = {
      mailer: createMailer(db, { smtpUrl: undefined, from: 'test' }),
      zalo: adapter(),
      linkOrigin: 'https://lantoa.example.vn',
      signingKey: async () => 'k',
    };
    state.mode = '429';
    await deliverNotices(db, channels, now);
    const retry = await db.selectFrom('notice_deliveries').selectAll().executeTakeFirstOrThrow();
    expect(retry).toMatchObject({ channel: 'zalo', status: 'pending', attempts: 1 });
    expect(new Date(retry.not_before).getTime()).toBe(now.getTime() + 120_000);
    // Not due yet: nothing is tried.
    expect(await deliverNotices(db, channels, new Date(now.getTime() + 60_000))).toBe(0);
    state.mode = 'ok';
    await deliverNotices(db, channels, new Date(now.getTime() + 120_000));
    expect(
      await db
        .selectFrom('notice_deliveries')
        .select(['status', 'attempts'])
        .executeTakeFirstOrThrow(),
    ).toEqual({
      status: 'sent',
      attempts: 2,
    });
    expect(JSON.stringify(state.calls.at(-1)?.body ?? null)).toContain(
      `https://lantoa.example.vn/units/${tree.districtA.id}`,
    );
    await db.transaction().execute((trx) => enqueueNotices(trx, [notice(2)], now));
    state.mode = 'not-follower';
    await deliverNotices(db, channels, now);
    expect(
      await db
        .selectFrom('notice_deliveries')
        .select(['status', 'last_error'])
        .where('status', '!=', 'sent')
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'failed', last_error: 'zalo: -213 User has not followed OA' });
  });
});
