// Hostile input over plain HTTP: sign-in and first-admin setup, file uploads and downloads,
// the anonymous public paths, and tRPC as a browser sends it. Never a 5xx, never a stack or
// SQL in the answer, nothing stored when refused, and file names stored clean.

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import {
  corrupted,
  hostileNumber,
  hostileString,
  LEAK,
  SEALER_TABLES,
  tableCounts,
} from '../test/hostile.js';
import { SAME_ORIGIN, sessionCookie, signIn } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 12);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]);

let handle: DbHandle;
let app: FastifyInstance;
let cookie: string;
let reportId: string;
let unitCode: string;

beforeAll(async () => {
  handle = await openTestDb();
  const config = loadConfig({ DATABASE_URL: '', LANTOA_ADMIN_DIST: '/nonexistent' });
  app = await buildApp({ db: handle.db, config, setupSecret: 'bi-mat-mot-lan' });
  const tree = await createProvince(handle.db);
  unitCode = tree.districtA.code;
  const cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  cookie = sessionCookie(await signIn(app, cadre.email));
  const report = await (await callerAs(handle.db, cadre)).reports.save({
    unitId: tree.districtA.id,
    indicator: 'CT-05',
    periodKey: '2025',
    claimsMet: true,
    note: '',
    links: [],
    version: null,
  });
  reportId = report.id;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

/** Percent-encodes any string as UTF-8 (a lone surrogate becomes U+FFFD, as browsers do). */
const encode = (text: string) =>
  Array.from(Buffer.from(text, 'utf8'))
    .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .join('');
// Raw segments no encoder would produce: NUL, overlong and truncated UTF-8, a UTF-8
// surrogate, bare percent signs, dot segments.
const rawSegment = fc.constantFrom(
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%C0%AF',
  '%ZZ',
  '%',
  '..',
  '%2e%2e',
  '%2F',
  'a%00b',
);
const pathSegment = fc.oneof(
  hostileString.map((s) => encode(s.slice(0, 300))),
  rawSegment,
);

type Reply = Awaited<ReturnType<FastifyInstance['inject']>>;

function expectClean(response: Reply) {
  expect(response.statusCode).toBeLessThan(500);
  expect(response.body).not.toMatch(LEAK);
}

/** Runs a request; a 400 must leave every table as it was (the sealer's run on their own). */
async function refusedStoresNothing(send: () => Promise<Reply>): Promise<Reply> {
  const before = await tableCounts(handle.db, SEALER_TABLES);
  const response = await send();
  expectClean(response);
  if (response.statusCode === 400)
    expect(await tableCounts(handle.db, SEALER_TABLES)).toEqual(before);
  return response;
}

const postJson = (url: string, payload: unknown, ip = '10.9.0.1') =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
    remoteAddress: ip,
    payload: JSON.stringify(payload),
  });

describe('hostile input over HTTP', () => {
  it('/auth/sign-in and /auth/setup refuse cleanly', async () => {
    const signInInput = { email: 'can.bo@kiengiang.vn', password: 'Mat-khau-2025' };
    const setupInput = {
      secret: 'sai-bi-mat',
      email: 'quan.tri@kiengiang.vn',
      name: 'Quản trị',
      password: 'Mat-khau-rat-dai-2025',
    };
    await fc.assert(
      fc.asyncProperty(
        corrupted(signInInput),
        corrupted(setupInput),
        fc.ipV4(),
        async (signInCase, setupCase, ip) => {
          await refusedStoresNothing(() => postJson('/auth/sign-in', signInCase.input, ip));
          await refusedStoresNothing(() => postJson('/auth/setup', setupCase.input, ip));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('file uploads store a clean base name or refuse; downloads send a safe header', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString,
        fc.option(hostileNumber, { nil: undefined }),
        async (name, badVersion) => {
          const report = await handle.db
            .selectFrom('reports')
            .select('version')
            .where('id', '=', reportId)
            .executeTakeFirstOrThrow();
          const version = badVersion ?? report.version;
          const url = `/files/reports/${reportId}?version=${encode(String(version))}&name=${encode(name)}`;
          const response = await refusedStoresNothing(() =>
            app.inject({
              method: 'POST',
              url,
              headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/pdf' },
              payload: PDF,
            }),
          );
          if (response.statusCode !== 200) return;
          const { file } = response.json();
          expect(file.fileName).not.toMatch(/[/\\]|^\./);
          expect([...file.fileName].every((c) => c.charCodeAt(0) > 0x1f)).toBe(true);
          const download = await app.inject({
            method: 'GET',
            url: `/files/${file.id}`,
            headers: { cookie },
          });
          expect(download.headers['content-disposition']).toMatch(
            /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[!-~]+$/,
          );
          // Ten files per report: make room for the next run.
          await handle.db.deleteFrom('report_files').where('id', '=', file.id).execute();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('file routes with hostile ids and versions answer 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(pathSegment, pathSegment, async (id, version) => {
        for (const [method, url] of [
          ['GET', `/files/${id}`],
          ['GET', `/files/archive/${id}`],
          ['DELETE', `/files/${id}?version=${version}`],
          ['POST', `/files/publications/${id}?version=${version}&name=a.pdf`],
        ] as const) {
          await refusedStoresNothing(() =>
            app.inject({
              method,
              url,
              headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/pdf' },
              ...(method === 'POST' ? { payload: PDF } : {}),
            }),
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('anonymous public paths answer 400 or 404 to anything, never 500', async () => {
    expect((await app.inject({ method: 'GET', url: '/public/stories/%00' })).statusCode).toBe(404);
    await fc.assert(
      fc.asyncProperty(pathSegment, pathSegment, async (segment, query) => {
        for (const url of [
          `/public/stories/${segment}`,
          `/public/v1/units/${segment}/badge.svg?indicator=${query}&lang=${query}`,
          `/public/v1/units/${segment}/compliance.json?lang=${query}`,
          `/public/v1/units/${segment}/stories.json?limit=${query}`,
          `/public/v1/units/${unitCode}/stories.json?limit=${query}&lang=${query}`,
          `/widget/v1/${segment}`,
          `/${segment}`,
        ]) {
          const response = await app.inject({ method: 'GET', url });
          expectClean(response);
          expect(response.headers['set-cookie']).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a URL that cannot be decoded gets the bilingual 400 and the security headers', async () => {
    for (const [lang, message] of [
      ['vi', 'Yêu cầu không hợp lệ'],
      ['en', 'The request was not valid'],
    ]) {
      const response = await app.inject({
        method: 'GET',
        url: '/public/stories/%E0%A4%A',
        headers: { 'accept-language': lang },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: { code: 'BAD_REQUEST', message } });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('tRPC over HTTP: a U+0000 in a note is a bilingual 400 naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/reports.save',
      headers: {
        ...SAME_ORIGIN,
        cookie,
        'content-type': 'application/json',
        'x-lantoa-lang': 'en',
      },
      payload: JSON.stringify({
        unitId: '00000000-0000-0000-0000-000000000000',
        indicator: 'CT-05',
        periodKey: '2025',
        claimsMet: true,
        note: 'ghi chú\u0000',
        links: [{ url: 'https://kg.redcross.vn', label: 'nhãn \ud800' }],
        version: null,
      }),
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.message).toBe('Some fields are not valid');
    // Field errors come in the caller's language (x-lantoa-lang: en).
    expect(error.data.fieldErrors.note).toEqual([
      'The text contains control characters or broken characters.',
    ]);
    expect(error.data.fieldErrors.links).toBeDefined();
    expect(response.body).not.toMatch(LEAK);
  });
});
