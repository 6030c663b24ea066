// Connecting a Facebook page (decision 29), with msw in place of Graph: the token is
// stored encrypted and never answered nor audited; the refusals write nothing.
import type { TRPCError } from '@trpc/server';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import type { FacebookAccess } from '../facebook/facebook-access.js';
import { GraphAdapter } from '../facebook/graph-adapter.js';
import { TokenCipher } from '../facebook/token-cipher.js';
import { callerAs } from '../test/caller.js';
import {
  GRAPH_URL,
  GRAPH_VERSION,
  graphHandlers,
  graphState,
  PAGE_ID,
  PAGE_TOKEN,
} from '../test/facebook-handlers.js';
import { createProvince, createUser } from '../test/factories.js';
import { TEST_TOKEN_KEY } from '../test/fake-graph.js';
import { tableCounts } from '../test/hostile.js';
import { openTestDb } from '../test/test-db.js';

const state = graphState();
const server = setupServer(...graphHandlers(state));
const graph = new GraphAdapter({ graphUrl: GRAPH_URL, version: GRAPH_VERSION });
const facebook: FacebookAccess = { graph, cipher: new TokenCipher(TEST_TOKEN_KEY) };
let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let pageId: string;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  pageId = await pageRecord(tree.districtA.id);
});
afterEach(() => Object.assign(state, graphState()));
afterAll(async () => {
  server.close();
  await handle.close();
});

async function pageRecord(unitId: string) {
  const row = await handle.db
    .insertInto('facebook_pages')
    .values({
      unit_id: unitId,
      url: 'https://www.facebook.com/hoictd.rachgia',
      name: 'Trang Hội',
      is_fanpage: false,
      created_on: '2025-01-01',
      last_post_on: '2026-04-20',
      recent_post_count: 1,
      last_checked_on: '2026-05-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const refusal = (error: unknown) => {
  const cause = (error as TRPCError).cause as { messages?: { vi: string; en: string } };
  return { code: (error as TRPCError).code, messages: cause?.messages };
};

describe('facebook.connect', () => {
  it('stores the token encrypted, and no answer or audit event holds it', async () => {
    const caller = await callerAs(handle.db, admin, [], facebook);
    const answer = await caller.facebook.connect({
      facebookPageId: pageId,
      accessToken: PAGE_TOKEN,
    });
    expect(answer).toMatchObject({ graphPageId: PAGE_ID, pageName: state.name, status: 'active' });
    const row = await handle.db
      .selectFrom('facebook_connections')
      .select(['token_ciphertext', 'token_key_id'])
      .where('facebook_page_id', '=', pageId)
      .executeTakeFirstOrThrow();
    expect(row.token_ciphertext).not.toContain(PAGE_TOKEN);
    expect(row.token_ciphertext).not.toBe(PAGE_TOKEN);
    const sealed = { ciphertext: row.token_ciphertext, keyId: row.token_key_id };
    expect(facebook.cipher?.open(sealed, pageId)).toBe(PAGE_TOKEN);
    const listed = await caller.facebook.ofUnit({ unitId: tree.districtA.id });
    const events = await handle.db
      .selectFrom('audit_event')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'facebook_connection')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['facebook.connect']);
    for (const text of [answer, listed, events].map((v) => JSON.stringify(v))) {
      expect(text).not.toContain(PAGE_TOKEN);
      expect(text).not.toContain(row.token_ciphertext);
    }
    expect(listed.pages[0]?.connection).toMatchObject({ status: 'active', graphPageId: PAGE_ID });
  });

  it('a new token for a connected page replaces the old one, audited as a renewal', async () => {
    const caller = await callerAs(handle.db, admin, [], facebook);
    const before = await handle.db
      .selectFrom('facebook_connections')
      .select(['token_ciphertext', 'version'])
      .executeTakeFirstOrThrow();
    await caller.facebook.connect({ facebookPageId: pageId, accessToken: PAGE_TOKEN });
    const after = await handle.db
      .selectFrom('facebook_connections')
      .select(['token_ciphertext', 'version'])
      .executeTakeFirstOrThrow();
    expect(after.version).toBe(before.version + 1);
    expect(after.token_ciphertext).not.toBe(before.token_ciphertext);
    const last = await handle.db
      .selectFrom('audit_event')
      .select('action')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('facebook.token-renewed');
  });

  it('refuses, writing nothing: no key, another province, a role, a token Graph refuses', async () => {
    const other = await createProvince(handle.db);
    const otherAdmin = await createUser(handle.db, { role: 'admin', unitId: other.province.id });
    const cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.province.id });
    const fresh = await pageRecord(tree.districtB.id);
    const before = await tableCounts(handle.db, ['sessions']);
    const attempt = async (user: User, access: FacebookAccess, token = PAGE_TOKEN) => {
      const caller = await callerAs(handle.db, user, [], access);
      return caller.facebook
        .connect({ facebookPageId: fresh, accessToken: token })
        .then(() => null, refusal);
    };
    const noKey = await attempt(admin, { graph, cipher: null });
    expect(noKey?.code).toBe('CONFLICT');
    expect(noKey?.messages?.vi).toContain('chưa được cấu hình khóa mã hóa');
    expect(noKey?.messages?.en).toContain('LANTOA_FACEBOOK_TOKEN_KEY');
    expect((await attempt(otherAdmin, facebook))?.code).toBe('NOT_FOUND');
    expect((await attempt(cadre, facebook))?.code).toBe('FORBIDDEN');
    expect((await attempt(reviewer, facebook))?.code).toBe('FORBIDDEN');
    const wrong = await attempt(admin, facebook, 'EAAGaTokenFacebookDoesNotKnow000');
    expect(wrong).toMatchObject({ code: 'BAD_REQUEST' });
    expect(wrong?.messages?.en).toContain('does not accept this access token');
    state.mode = 'user-token';
    expect((await attempt(admin, facebook))?.messages?.en).toContain('use the Page access token');
    state.mode = 'rate-17';
    expect((await attempt(admin, facebook))?.code).toBe('TOO_MANY_REQUESTS');
    expect(await tableCounts(handle.db, ['sessions'])).toEqual(before);
  });

  it('disconnects: the token is gone, with a version check, audited', async () => {
    const caller = await callerAs(handle.db, admin, [], facebook);
    const { version } = await handle.db
      .selectFrom('facebook_connections')
      .select('version')
      .where('facebook_page_id', '=', pageId)
      .executeTakeFirstOrThrow();
    const stale = await caller.facebook
      .disconnect({ facebookPageId: pageId, version: version - 1 })
      .then(() => null, refusal);
    expect(stale?.code).toBe('CONFLICT');
    await caller.facebook.disconnect({ facebookPageId: pageId, version });
    const left = await handle.db.selectFrom('facebook_connections').selectAll().execute();
    expect(left).toEqual([]);
    const listed = await caller.facebook.ofUnit({ unitId: tree.districtA.id });
    expect(listed.pages[0]?.connection).toBeNull();
  });
});
