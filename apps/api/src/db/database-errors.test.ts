// One place reads database failures: unreachable → 503 with Retry-After, a value the
// database cannot store → 400, a malformed id → 404, anything else left alone (500). The
// errors are the engine's own where they can be made (both engines), and the answers are
// checked at each surface: the tRPC middleware, the Fastify error handler, /readyz.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { createProvince } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';
import { publicProcedure, router } from '../trpc.js';
import type { DbHandle } from './create-db.js';
import { classifyDatabaseError, databaseAppError } from './database-errors.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('classifyDatabaseError', () => {
  it.each([
    ['ECONNREFUSED', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['ECONNRESET', pgError('ECONNRESET', 'read ECONNRESET')],
    ['08006 connection failure', pgError('08006')],
    [
      '57P01 admin shutdown',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['57P03 starting up', pgError('57P03', 'the database system is starting up')],
    ['57014 statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
    [
      'a connect timeout with its cause',
      new Error('Connection terminated due to connection timeout', { cause: new Error('x') }),
    ],
    ['a closed PGlite', new Error('PGlite is closed')],
    ['a refused dual-stack connect', new AggregateError([pgError('ECONNREFUSED')], '')],
  ])('%s is unavailable (503)', (_name, error) => {
    expect(classifyDatabaseError(error)).toBe('unavailable');
    expect(databaseAppError(error)?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    [
      '22021 bad UTF-8 (U+0000)',
      pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
    ],
    ['22P05 untranslatable character', pgError('22P05', 'unsupported Unicode escape sequence')],
    ['22007 bad date', pgError('22007')],
    ['22008 date out of range', pgError('22008')],
    ['22003 number out of range', pgError('22003')],
    ['22P02 not an integer', pgError('22P02', 'invalid input syntax for type integer: "x"')],
    ['22P02 a lone surrogate', pgError('22P02', 'invalid input syntax for type json')],
  ])('%s is bad input (400)', (_name, error) => {
    expect(classifyDatabaseError(error)).toBe('bad-input');
    expect(databaseAppError(error)?.code).toBe('BAD_REQUEST');
  });

  it('a malformed uuid names nothing (404)', () => {
    const error = pgError('22P02', 'invalid input syntax for type uuid: "nope"');
    expect(classifyDatabaseError(error)).toBe('not-found');
    expect(databaseAppError(error)?.code).toBe('NOT_FOUND');
  });

  it('a unique key taken meanwhile is a conflict (409); other integrity refusals are 400', () => {
    expect(databaseAppError(pgError('23505', 'duplicate key value'))?.code).toBe('CONFLICT');
    expect(databaseAppError(pgError('23503', 'violates foreign key'))?.code).toBe('BAD_REQUEST');
    expect(databaseAppError(pgError('23514', 'violates check'))?.code).toBe('BAD_REQUEST');
  });

  it('a full disk is 503 with its own words and a longer Retry-After, the cause kept for the log', () => {
    const disk = pgError('53100', 'could not extend file "base/5/16390": No space left on device');
    const fsError = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    for (const error of [disk, fsError]) {
      expect(classifyDatabaseError(error)).toBe('storage-full');
      const appError = databaseAppError(error);
      expect(appError?.code).toBe('SERVICE_UNAVAILABLE');
      expect(appError?.messages.vi).toMatch(/hết chỗ lưu trữ/);
      expect(appError?.details).toEqual({ retryAfterSeconds: 60, reason: 'storage_full' });
      expect(appError?.cause).toBe(error);
    }
  });

  it.each([
    ['a programming error', new TypeError('x is not a function')],
    ['an AppError', new AppError('CONFLICT', { vi: 'a', en: 'b' })],
    ['nothing', undefined],
  ])('%s is left alone', (_name, error) => {
    expect(classifyDatabaseError(error)).toBeNull();
  });
});

describe('database failures at every surface', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
    await createProvince(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  const engineError = (query: ReturnType<typeof sql>) =>
    query.execute(handle.db).then(
      () => null,
      (error: unknown) => error,
    );

  it("classifies the engine's own errors", async () => {
    expect(classifyDatabaseError(await engineError(sql`SELECT ${'nope'}::uuid`))).toBe('not-found');
    expect(classifyDatabaseError(await engineError(sql`SELECT ${'x'}::int`))).toBe('bad-input');
    expect(classifyDatabaseError(await engineError(sql`SELECT ${'2025-13-45'}::date`))).toBe(
      'bad-input',
    );
    expect(classifyDatabaseError(await engineError(sql`SELECT 1 / 0`))).toBe('bad-input');
    expect(classifyDatabaseError(await engineError(sql`SELECT ${'a\u0000b'}::text`))).toBe(
      'bad-input',
    );
    const unit = await handle.db.selectFrom('units').select('code').executeTakeFirstOrThrow();
    const duplicate = sql`INSERT INTO units (code, name, kind, opened_on)
      SELECT code, name, kind, opened_on FROM units WHERE code = ${unit.code}`;
    expect(classifyDatabaseError(await engineError(duplicate))).toBe('duplicate');
  });

  it('the tRPC middleware maps them, and a lone surrogate is 400, not 404', async () => {
    const testRouter = router({
      fail: publicProcedure.query(async ({ ctx }) => {
        await sql`SELECT ${'\ud800'}::jsonb`.execute(ctx.db);
      }),
      badId: publicProcedure.query(async ({ ctx }) => {
        await sql`SELECT ${'nope'}::uuid`.execute(ctx.db);
      }),
    });
    const caller = testRouter.createCaller({ db: handle.db, lang: 'vi' } as never);
    await expect(caller.fail()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.badId()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('once the database is gone: 503 with Retry-After from tRPC, /auth and /readyz', async () => {
    const gone = await openTestDb();
    const app = await testApp(gone.db);
    try {
      expect((await app.inject('/readyz')).statusCode).toBe(200);
      await gone.close();
      const trpc = await app.inject({
        url: '/trpc/units.provinces',
        headers: { 'x-lantoa-lang': 'en', cookie: 'lantoa_session=whatever' },
      });
      expect(trpc.statusCode).toBe(503);
      expect(trpc.headers['retry-after']).toBe('2');
      expect(trpc.json()[0] ?? trpc.json()).toMatchObject({
        error: { data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } },
      });
      const auth = await app.inject({
        url: '/auth/me',
        headers: { cookie: 'lantoa_session=whatever' },
      });
      expect(auth.statusCode).toBe(503);
      expect(auth.headers['retry-after']).toBe('2');
      expect(auth.json().error.message).toMatch(/^Hệ thống tạm thời không kết nối được/);
      expect(auth.body).not.toMatch(/stack|at .*\.ts|SELECT/);
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().messages).toEqual({
        vi: expect.stringMatching(/cơ sở dữ liệu/),
        en: expect.stringMatching(/database/),
      });
      expect((await app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
