// Bytes on the wire: every text answer a phone downloads comes compressed when the phone
// says it can take it (br first, then gzip), decodes to exactly the uncompressed body,
// and says Vary: Accept-Encoding; cached public bodies keep one strong ETag per form.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createProvince, createUser } from '../test/factories.js';
import { sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let dirs: string;
let unitCode: string;
let cookie: string;
const SCRIPT = `/*! Lan Tỏa widget v1.0.0 */${'customElements.define("lantoa-x",class{});'.repeat(40)}`;
const ASSET = `export const messages = ${JSON.stringify({ vi: 'Đang tải…'.repeat(200) })};`;

beforeAll(async () => {
  dirs = mkdtempSync(path.join(os.tmpdir(), 'lantoa-wire-'));
  mkdirSync(path.join(dirs, 'admin/assets'), { recursive: true });
  mkdirSync(path.join(dirs, 'widget'));
  writeFileSync(path.join(dirs, 'widget/lantoa.js'), SCRIPT);
  // What the admin build writes: each asset with its .br and .gz twins.
  const html = `<!doctype html><title>Lan Tỏa</title>${'<!-- … -->'.repeat(100)}`;
  const files: [string, string][] = [
    ['index.html', html],
    ['assets/index-abc.js', ASSET],
  ];
  for (const [name, text] of files) {
    const file = path.join(dirs, 'admin', name);
    writeFileSync(file, text);
    writeFileSync(`${file}.br`, brotliCompressSync(text));
    writeFileSync(`${file}.gz`, gzipSync(text));
  }
  handle = await openTestDb();
  const units = await createProvince(handle.db);
  unitCode = units.districtA.code;
  const admin = await createUser(handle.db, { role: 'admin', unitId: units.province.id });
  app = await testApp(handle.db, {
    LANTOA_ADMIN_DIST: path.join(dirs, 'admin'),
    LANTOA_WIDGET_DIST: path.join(dirs, 'widget'),
  });
  cookie = sessionCookie(await signIn(app, admin.email));
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
  rmSync(dirs, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

function decoded(response: LightMyRequestResponse): Buffer {
  const raw = response.rawPayload;
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(raw);
  if (coding === 'gzip') return gunzipSync(raw);
  return raw;
}

describe('public answers, compressed once when cached', () => {
  const url = () => `/public/v1/units/${unitCode}/compliance.json?lang=en`;

  it('br, gzip or none as the client asks, the same body every way', async () => {
    const plain = await get(url());
    const br = await get(url(), { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get(url(), { 'accept-encoding': 'gzip' });
    const refused = await get(url(), { 'accept-encoding': 'br;q=0, gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    for (const response of [plain, br, gzip]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(decoded(response).equals(plain.rawPayload)).toBe(true);
    }
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });

  it('each form has its own ETag, and If-None-Match answers 304 for it', async () => {
    const br = await get(url(), { 'accept-encoding': 'br' });
    const plain = await get(url());
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await get(url(), {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    const other = await get(url(), {
      'accept-encoding': 'br',
      'if-none-match': String(plain.headers.etag),
    });
    expect(other.statusCode).toBe(200);
  });

  it('the partner demo page too, under its strict CSP', async () => {
    const page = await get('/demo/partner.html', { 'accept-encoding': 'br' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-encoding']).toBe('br');
  });

  it('the widget script is sent brotli-compressed, decoding to the build', async () => {
    const response = await get('/widget/v1/lantoa.js', { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });
});

describe('the admin app and the API', () => {
  it('assets and the SPA shell are sent as the build precompressed them', async () => {
    const asset = await get('/assets/index-abc.js', { 'accept-encoding': 'br, gzip' });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(ASSET);
    const shell = await get('/units/some-unit', { 'accept-encoding': 'gzip' });
    expect(shell.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(shell.rawPayload).toString()).toMatch(/^<!doctype html>/);
  });

  it('large tRPC answers are compressed; small ones are not worth it', async () => {
    const plan = await get('/trpc/plan.get', { cookie, 'accept-encoding': 'br' });
    expect(plan.statusCode).toBe(200);
    expect(plan.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(plan).toString()).result.data.indicators.length).toBeGreaterThan(0);
    const me = await get('/auth/me', { cookie, 'accept-encoding': 'br' });
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
