import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { createProvince } from '../test/factories.js';
import { createAppeal, createDrive } from '../test/giving-factories.js';
import { openTestDb } from '../test/test-db.js';
import { issueFormToken } from './form-guard.js';

let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;
// biome-ignore lint/suspicious/noExplicitAny: the document is JSON read back from the wire.
let doc: any;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  app = await buildApp({
    db: handle.db,
    config: loadConfig({ DATA_DIR: '/nonexistent', LANTOA_FORM_SECRET: 'openapi-test' }),
  });
  doc = (await app.inject({ method: 'GET', url: '/public/v1/openapi.json' })).json();
  ajv.addSchema({ $id: 'openapi.json', components: doc.components });
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

/** "METHOD path" of every GET or POST route Fastify serves under /public/v1, in OpenAPI's
 *  {param} form (HEAD and the CORS preflight OPTIONS come with them and are not listed). */
function servedPublicOperations(): string[] {
  const printed = app.printRoutes({ commonPrefix: false });
  const operations = [...printed.matchAll(/(\/public\/v1\/\S+) \(([^)]*)\)/g)].flatMap((m) =>
    (m[2] as string)
      .split(', ')
      .filter((method) => method === 'GET' || method === 'POST')
      .map((method) => `${method} ${(m[1] as string).replace(/:(\w+)/g, '{$1}')}`),
  );
  return [...new Set(operations)].sort();
}

function documentedOperations(): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item as object).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

/** Validates a real answer against what the document says that path answers with. */
function check(path: string, status: number, body: unknown, method = 'get') {
  const content = doc.paths[path][method].responses[String(status)]?.content;
  expect(content, `${path} documents ${status}`).toBeDefined();
  const schema = content['application/json'].schema;
  const ref = schema.$ref ? `openapi.json${schema.$ref}` : null;
  const validate = ref ? ajv.getSchema(ref) : ajv.compile(schema);
  if (!validate) throw new Error(`no schema at ${ref}`);
  const isValid = validate(body);
  expect(validate.errors ?? [], `${path} ${status}`).toEqual([]);
  return isValid;
}

describe('the public API document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('names every route served under /public/v1, and only those', () => {
    const served = servedPublicOperations();
    expect(served).toContain('POST /public/v1/appeals/{code}/pledges');
    expect(served.length).toBeGreaterThanOrEqual(10);
    expect(documentedOperations()).toEqual(served);
  });

  it('real answers validate against it, errors included', async () => {
    const { province, districtA, communeA } = units;
    const cases: [string, string, number][] = [
      ['/public/v1/units.json', '/public/v1/units.json', 200],
      ['/public/v1/units.json', `/public/v1/units.json?under=${districtA.code}&lang=en`, 200],
      ['/public/v1/units.json', '/public/v1/units.json?under=khong-co', 404],
      [
        '/public/v1/provinces/{code}/rollups.json',
        `/public/v1/provinces/${province.code}/rollups.json?year=2026`,
        200,
      ],
      [
        '/public/v1/provinces/{code}/rollups.json',
        `/public/v1/provinces/${districtA.code}/rollups.json`,
        404,
      ],
      [
        '/public/v1/units/{code}/compliance.json',
        `/public/v1/units/${communeA.code}/compliance.json?lang=en`,
        200,
      ],
      ['/public/v1/units/{code}/compliance.json', '/public/v1/units/KHONG/compliance.json', 404],
      [
        '/public/v1/units/{code}/stories.json',
        `/public/v1/units/${districtA.code}/stories.json`,
        200,
      ],
    ];
    for (const [path, url, status] of cases) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(status);
      expect(check(path, status, res.json()), url).toBe(true);
    }
  });

  it('appeals, form tokens and pledges answer as documented', async () => {
    const appeal = await createAppeal(handle.db, units.districtA.id);
    const path = '/public/v1/appeals/{code}.json';
    const ok = await app.inject({ url: `/public/v1/appeals/${appeal.code}.json` });
    expect(check(path, 200, ok.json())).toBe(true);
    const missing = await app.inject({ url: '/public/v1/appeals/khong-co.json' });
    expect(check(path, 404, missing.json())).toBe(true);
    const token = await app.inject({ url: '/public/v1/form-token?lang=en' });
    expect(check('/public/v1/form-token', 200, token.json())).toBe(true);
    const pledges = '/public/v1/appeals/{code}/pledges';
    const refused = await app.inject({
      method: 'POST',
      url: `/public/v1/appeals/${appeal.code}/pledges`,
      payload: { displayName: 'Lan', amount: 5 },
    });
    expect(refused.statusCode).toBe(400);
    expect(check(pledges, 400, refused.json(), 'post')).toBe(true);
    const created = await app.inject({
      method: 'POST',
      url: `/public/v1/appeals/${appeal.code}/pledges`,
      payload: {
        displayName: null,
        amount: null,
        consentVersion: 'giving-2026-01',
        hasConsented: true,
        formToken: issueFormToken('openapi-test', new Date(Date.now() - 5_000)),
      },
    });
    expect(created.statusCode).toBe(201);
    expect(check(pledges, 201, created.json(), 'post')).toBe(true);
  });

  it('drives and registrations answer as documented', async () => {
    const drive = await createDrive(handle.db, units.districtA.id);
    const ok = await app.inject({ url: `/public/v1/drives/${drive.code}.json?lang=en` });
    expect(check('/public/v1/drives/{code}.json', 200, ok.json())).toBe(true);
    const missing = await app.inject({ url: '/public/v1/drives/khong-co.json' });
    expect(check('/public/v1/drives/{code}.json', 404, missing.json())).toBe(true);
    const token = await app.inject({ url: '/public/v1/form-token?purpose=registration' });
    expect(token.json().consentVersion).toBe('registration-2026-01');
    const path = '/public/v1/drives/{code}/registrations';
    const url = `/public/v1/drives/${drive.code}/registrations`;
    const refused = await app.inject({ method: 'POST', url, payload: { displayName: 'Lan' } });
    expect(refused.statusCode).toBe(400);
    expect(check(path, 400, refused.json(), 'post')).toBe(true);
    const created = await app.inject({
      method: 'POST',
      url,
      payload: {
        displayName: 'Trần Văn Bình',
        contactPhone: '0912 345 678',
        consentVersion: 'registration-2026-01',
        hasConsented: true,
        formToken: issueFormToken('openapi-test', new Date(Date.now() - 5_000)),
      },
    });
    expect(created.statusCode).toBe(201);
    expect(check(path, 201, created.json(), 'post')).toBe(true);
  });

  it('the validator refuses a body that breaks the document', async () => {
    const url = `/public/v1/provinces/${units.province.code}/rollups.json`;
    const body = (await app.inject({ method: 'GET', url })).json();
    expect(body.indicators.length).toBeGreaterThan(0);
    const validate = ajv.getSchema('openapi.json#/components/schemas/ProvinceRollups');
    expect(validate?.({ ...body, asOf: '30/11/2026' })).toBe(false);
    expect(validate?.({ ...body, indicators: [{ ...body.indicators[0], met: -1 }] })).toBe(false);
    expect(validate?.(body)).toBe(true);
  });
});

describe('the unit list and the roll-ups', () => {
  it('lists a subtree with parent codes and kind labels in the language asked', async () => {
    const { districtA, communeA, districtB } = units;
    const res = await app.inject({ url: `/public/v1/units.json?under=${districtA.code}&lang=en` });
    const codes = res.json().units.map((u: { code: string }) => u.code);
    expect(codes).toEqual([districtA.code, communeA.code]);
    expect(codes).not.toContain(districtB.code);
    const commune = res.json().units[1];
    expect(commune).toMatchObject({ parentCode: districtA.code, kind: 'grassroots' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('counts a province by the plan and answers 404 for what is not a province', async () => {
    const res = await app.inject({
      url: `/public/v1/provinces/${units.province.code}/rollups.json`,
    });
    expect(res.statusCode).toBe(200);
    const ct03 = res.json().indicators.find((i: { code: string }) => i.code === 'CT-03');
    expect(ct03.applicable).toBeGreaterThan(0);
    expect(ct03.met).toBe(0);
    expect(ct03.label).toMatch(/^0\/\d+ /);
    const bad = await app.inject({ url: '/public/v1/provinces/%00/rollups.json' });
    expect(bad.statusCode).toBe(404);
  });
});

describe('/docs/public-api', () => {
  it('is a readable page for every operation, without script, under a strict CSP', async () => {
    const res = await app.inject({ url: '/docs/public-api' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).not.toContain('<script');
    for (const operation of documentedOperations()) expect(res.body).toContain(operation);
    expect(res.body).toContain('Danh sách đơn vị và mã');
  });
});
