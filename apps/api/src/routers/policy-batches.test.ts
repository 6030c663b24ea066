// tRPC HTTP batches that mix calls the policy allows with calls it refuses: each call gets
// its own answer, and only the allowed ones write. A batch of reports.save calls only
// authenticates inside the save's statement (decision 7) and keeps the same rules.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;
let cookie: string;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  cookie = sessionCookie(await signIn(app, cadre.email));
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const saveInput = (unitId: string, indicator: string) => ({
  unitId,
  indicator,
  periodKey: '2025',
  claimsMet: true,
  note: 'Đã làm',
  links: [],
  version: null,
});

/** Mutations go in a POST batch, queries in a GET batch (tRPC does not mix them). */
async function batch(calls: [path: string, input: unknown][], method: 'POST' | 'GET' = 'POST') {
  const paths = calls.map(([path]) => path).join(',');
  const inputs = Object.fromEntries(calls.map(([, input], i) => [String(i), input]));
  const response = await app.inject({
    method,
    url:
      method === 'GET'
        ? `/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`
        : `/trpc/${paths}?batch=1`,
    headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
    payload: method === 'POST' ? inputs : undefined,
  });
  const answers = response.json() as { result?: unknown; error?: { data: { code: string } } }[];
  return answers.map((a) => (a.error ? a.error.data.code : 'OK'));
}

const reportsOf = async (unitId: string) =>
  handle.db.selectFrom('reports').select('indicator').where('unit_id', '=', unitId).execute();
const auditCount = async () =>
  Number(
    (
      await handle.db
        .selectFrom('audit_event')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('batches mixing allowed and refused calls', () => {
  it('reports.save only: the own subtree is written, the other district is not', async () => {
    const before = await auditCount();
    const answers = await batch([
      ['reports.save', saveInput(tree.districtA.id, 'CT-05')],
      ['reports.save', saveInput(tree.districtB.id, 'CT-05')],
      ['reports.save', saveInput(tree.communeA.id, 'CT-05')],
      ['reports.save', saveInput(tree.communeB.id, 'CT-05')],
    ]);
    expect(answers).toEqual(['OK', 'NOT_FOUND', 'OK', 'NOT_FOUND']);
    expect(await reportsOf(tree.districtB.id)).toEqual([]);
    expect(await reportsOf(tree.communeB.id)).toEqual([]);
    expect(await auditCount()).toBe(before + 2);
  });

  it('mutations of several procedures: only the allowed ones write', async () => {
    const before = await auditCount();
    const campaign = {
      id: null,
      version: null,
      title: 'Chiến dịch',
      kind: 'campaign',
      organiser: 'province',
      startsOn: '2025-05-01',
      endsOn: '2025-05-31',
      targetKinds: ['district'],
    };
    const answers = await batch([
      ['reports.save', saveInput(tree.districtA.id, 'CT-06')],
      ['records.saveCampaign', campaign],
      ['reports.save', saveInput(tree.province.id, 'CT-06')],
      [
        'units.rename',
        { unitId: tree.districtA.id, version: 1, name: 'Tên mới', effectiveOn: '2026-06-01' },
      ],
    ]);
    expect(answers).toEqual(['OK', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN']);
    expect(await reportsOf(tree.province.id)).toEqual([]);
    expect(await handle.db.selectFrom('campaigns').selectAll().execute()).toEqual([]);
    expect(await auditCount()).toBe(before + 1);
  });

  it('queries of several procedures: each answered by the policy', async () => {
    const answers = await batch(
      [
        ['compliance.unit', { unitId: tree.communeA.id }],
        ['users.list', undefined],
        ['compliance.unit', { unitId: tree.districtB.id }],
        ['reports.reviewQueue', undefined],
        ['units.search', undefined],
      ],
      'GET',
    );
    expect(answers).toEqual(['OK', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'OK']);
  });
});
