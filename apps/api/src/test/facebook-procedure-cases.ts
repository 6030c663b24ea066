// Scope-matrix cases of facebook.* (see procedure-cases.ts): each acts on a Facebook page
// record of the cell's unit; disconnect on one already connected. Graph is the in-process
// fake (fake-graph.ts), so an allowed connect succeeds without the network.
import { testFacebook } from './fake-graph.js';
import type { ProcedureCase } from './procedure-cases.js';
import type { Fixture } from './scope-fixture.js';
import type { Prepared } from './scope-rows.js';

export const TEST_PAGE_TOKEN = 'EAAGtestPageAccessToken0123456789';

export async function facebookPageRecord(f: Fixture, unitId: string): Promise<Prepared> {
  return f.db
    .insertInto('facebook_pages')
    .values({
      unit_id: unitId,
      url: 'https://www.facebook.com/hoictd.thu',
      name: 'Hội Chữ thập đỏ thử',
      is_fanpage: true,
      created_on: '2025-01-01',
      last_post_on: '2026-06-01',
      recent_post_count: 3,
      last_checked_on: '2026-06-01',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export async function facebookConnection(f: Fixture, unitId: string): Promise<Prepared> {
  const page = await facebookPageRecord(f, unitId);
  const sealed = testFacebook().cipher?.seal(TEST_PAGE_TOKEN, page.id);
  if (!sealed) throw new Error('test cipher missing');
  const row = await f.db
    .insertInto('facebook_connections')
    .values({
      facebook_page_id: page.id,
      unit_id: unitId,
      graph_page_id: '1000001',
      token_ciphertext: sealed.ciphertext,
      token_key_id: sealed.keyId,
      connected_by: f.author.id,
    })
    .returning('version')
    .executeTakeFirstOrThrow();
  return { id: page.id, version: row.version };
}

export const FACEBOOK_CASES: ProcedureCase[] = [
  {
    path: 'facebook.ofUnit',
    action: 'unit.read',
    call: (c, unitId) => c.facebook.ofUnit({ unitId }),
  },
  {
    path: 'facebook.connect',
    action: 'facebook.connect',
    prepare: facebookPageRecord,
    call: (c, _u, p) => c.facebook.connect({ facebookPageId: p.id, accessToken: TEST_PAGE_TOKEN }),
  },
  {
    path: 'facebook.disconnect',
    action: 'facebook.connect',
    prepare: facebookConnection,
    call: (c, _u, p) => c.facebook.disconnect({ facebookPageId: p.id, version: p.version }),
  },
];
