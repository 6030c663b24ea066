// Builds the Fastify server: /healthz, /auth/*, /trpc, the public surface, and the admin
// SPA, all on one origin. Takes an open database so tests and main.ts share it.

import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import { SERVER_PATH, todayInVietnam } from '@lantoa/domain';
import { TRPCError } from '@trpc/server';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { ZodError, z } from 'zod';
import { findSessionUser, SESSION_COOKIE } from './auth/sessions.js';
import { sharedSignInThrottle } from './auth/shared-sign-in-throttle.js';
import type { AppConfig } from './config.js';
import { databaseAppError, isDatabaseUnavailable } from './db/database-errors.js';
import { pingDatabase } from './db/ping-database.js';
import type { Database } from './db/schema.js';
import {
  AppError,
  HTTP_STATUS,
  needsOperator,
  RETRY_AFTER_SECONDS,
  retryAfterOf,
  serviceUnavailable,
} from './errors.js';
import { facebookAccessOf } from './facebook/facebook-access.js';
import { registerAccountRoutes } from './http/account-routes.js';
import { registerAuthRoutes } from './http/auth-routes.js';
import { registerExportRoutes } from './http/export-routes.js';
import { registerFileRoutes } from './http/file-routes.js';
import { registerImportRoutes } from './http/import-routes.js';
import { pickLang } from './http/lang.js';
import { registerReorganisationImportRoute } from './http/reorganisation-import-route.js';
import { isSameOriginRequest } from './http/same-origin.js';
import { setSecurityHeaders } from './http/security-headers.js';
import { registerStaticRoutes } from './http/static-routes.js';
import { createMailer } from './notices/mailer.js';
import { NoticeScheduler } from './notices/notice-scheduler.js';
import { lazySigningKey } from './notices/unsubscribe-token.js';
import { ZaloAdapter } from './notices/zalo-adapter.js';
import { publicServerFactory } from './public/hot-path.js';
import type { PublicCache } from './public/public-cache.js';
import { registerPublicRoutes } from './public/register-public-routes.js';
import { type AppRouter, appRouter } from './routers/app-router.js';
import { AuditSealer } from './services/audit-sealer.js';
import { checkFacebookPages } from './services/check-facebook-pages.js';
import { ProvinceTallies } from './services/matrix/province-tallies.js';
import { type Context, declaredProcedures } from './trpc.js';

export interface BuildAppOptions {
  db: Kysely<Database>;
  config: AppConfig;
  /** One-time secret for creating the first administrator, when none exists. */
  setupSecret?: string | null;
  /** The notices' clock (tests); the scheduler is started by main.ts, not here. */
  clock?: () => Date;
  logger?: boolean;
}

const BODY_LIMIT = 1024 * 1024;
const SELF_AUTHENTICATING = new Set(
  declaredProcedures(appRouter)
    .filter((p) => p.meta?.authenticatesItself)
    .map((p) => p.path),
);
const NOT_VALID = { vi: 'Yêu cầu không hợp lệ', en: 'The request was not valid' };

/** A compiler factory for JSON schemas this app never uses: compiling one is a mistake. */
function noJsonSchemas(): () => never {
  return () => {
    throw new Error('Routes validate with zod; a Fastify JSON schema is not supported here');
  };
}

/** A file of the admin build, such as /assets/index-abc.js or /sw.js. */
const BUILT_FILE = /^\/[^:*?]+\.[a-z0-9]+$/i;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { db, config } = options;
  // Made when the public routes register; the hot path in front of Fastify reads it.
  let publicCache: PublicCache | undefined;
  const app = Fastify({
    serverFactory: publicServerFactory(() => publicCache),
    // Warnings and errors only: per-request info logs would cost the public endpoints' budget.
    logger: options.logger ? { level: config.logLevel } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    // Every input is checked with zod (tRPC procedures, the public routes' params): no route
    // has a JSON schema, so Fastify's ajv and fast-json-stringify need not load (140 ms of
    // each start, whose budget is 3 s). A schema added by mistake fails at once, loudly.
    schemaController: {
      compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas },
    },
    // A URL Fastify cannot even decode (bad percent-encoding) gets the same bilingual 400 as
    // every other refusal, not Fastify's English default.
    frameworkErrors: (_error, req, reply: FastifyReply) => {
      setSecurityHeaders(reply);
      const lang = pickLang(undefined, req.headers['accept-language']);
      reply.code(400).send({ error: { code: 'BAD_REQUEST', message: NOT_VALID[lang] } });
    },
  });
  const policy = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  };
  // Counted in the database: every replica sees the same failures (decision 21).
  const limiter = sharedSignInThrottle(db);
  const factListeners = new Set<(unitIds: string[]) => void>();
  app.decorate('onFactsChanged', (listener: (unitIds: string[]) => void) =>
    factListeners.add(listener),
  );
  const notifyFactsChanged = (unitIds: string[]) => {
    for (const listener of factListeners) listener(unitIds);
  };
  app.decorate('notifyFactsChanged', notifyFactsChanged);
  // Told of every change, here and (through the invalidation bridge) on other replicas.
  const provinceTallies = new ProvinceTallies();
  app.decorate('provinceTallies', provinceTallies);
  factListeners.add((unitIds) => provinceTallies.invalidate(unitIds));

  await app.register(fastifyCookie);
  // The admin app's shell answers every other path, from this server and from the service
  // worker: a route outside the shared list would be hidden behind the shell once installed.
  // The admin build's files (one route each, from the static plugin) are fetched, not visited.
  app.addHook('onRoute', (route) => {
    if (SERVER_PATH.test(route.url) || BUILT_FILE.test(route.url)) return;
    throw new Error(`Route ${route.url} is outside SERVER_PATH_PREFIXES (@lantoa/domain)`);
  });
  // A callback hook, not an async one: it runs on every request, public ones included,
  // and a promise per request is measurable against the public endpoints' budget.
  app.addHook('onRequest', (req, reply, done) => {
    setSecurityHeaders(reply);
    if (isSameOriginRequest(req, config.publicOrigin)) return done();
    // RFC 8058 one-click unsubscribe comes from mail providers, with no Origin: its signed
    // token authorises it, and it reads no cookie, so CSRF has nothing to forge.
    if (req.method === 'POST' && req.url.startsWith('/notices/unsubscribe?')) return done();
    const lang = pickLang(undefined, req.headers['accept-language']);
    const message =
      lang === 'en' ? 'Cross-site request refused' : 'Yêu cầu từ trang khác bị từ chối';
    reply.code(403).send({ error: { code: 'FORBIDDEN', message } });
  });
  app.setErrorHandler((error, req, reply) => {
    const lang = pickLang(undefined, req.headers['accept-language']);
    if (error instanceof ZodError) {
      const fieldErrors = z.flattenError(error).fieldErrors;
      const message = lang === 'en' ? 'Some fields are not valid' : 'Dữ liệu không hợp lệ';
      return reply
        .code(400)
        .send({ error: { code: 'BAD_REQUEST', message, details: { fieldErrors } } });
    }
    // A database failure reads as what it means: unreachable 503, bad value 400, bad id 404,
    // a full disk 503 (and the operators hear of it).
    const appError = error instanceof AppError ? error : databaseAppError(error);
    if (appError) {
      if (needsOperator(appError)) req.log.error({ err: error }, appError.messages.en);
      if (appError.code === 'SERVICE_UNAVAILABLE') {
        reply.header('retry-after', String(retryAfterOf(appError)));
      }
      return reply.code(HTTP_STATUS[appError.code]).send({
        error: {
          code: appError.code,
          message: appError.messages[lang],
          details: appError.details,
        },
      });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error(error);
    const message =
      status === 413
        ? { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request is too large' }
        : status >= 500
          ? { vi: 'Đã có lỗi xảy ra', en: 'Something went wrong' }
          : NOT_VALID;
    return reply.code(status).send({
      error: { code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: message[lang] },
    });
  });

  // Liveness is the process's own: a database outage must not get it restarted.
  app.get('/healthz', async () => ({ status: 'ok' }));
  // Readiness asks the database, so a load balancer can route around an instance without it.
  app.get('/readyz', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    const failure = await pingDatabase(db);
    if (!failure) return { status: 'ready' };
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.code(503).send({ status: 'unavailable', messages: failure.messages });
  });

  const mailer = createMailer(db, {
    smtpUrl: config.notices.smtpUrl,
    from: config.notices.mailFrom,
  });
  const mail = { mailer, linkOrigin: config.linkOrigin };
  const { zaloToken, zaloApiUrl, tickSeconds } = config.notices;
  const facebook = facebookAccessOf(config);
  const noticeScheduler = new NoticeScheduler(
    db,
    {
      mailer,
      zalo: zaloToken ? new ZaloAdapter({ token: zaloToken, apiUrl: zaloApiUrl }) : null,
      linkOrigin: config.linkOrigin,
      signingKey: lazySigningKey(db),
    },
    {
      tickMs: tickSeconds * 1000,
      ...(options.clock ? { clock: options.clock } : {}),
      onError: (err) => app.log.error({ err }, 'scheduler: pass failed; next tick retries'),
      jobs: [
        {
          name: 'facebook page checks',
          run: (now) =>
            checkFacebookPages(db, facebook, { now, onFactsChanged: notifyFactsChanged }),
        },
      ],
    },
  );
  app.decorate('noticeScheduler', noticeScheduler);
  app.addHook('onClose', async () => {
    await noticeScheduler.stop();
    mailer.close();
  });

  const createContext = async ({
    req,
    info,
  }: {
    req: import('fastify').FastifyRequest;
    info: { calls: { path: string }[] };
  }): Promise<Context> => {
    const now = new Date();
    const token = req.cookies[SESSION_COOKIE];
    // A request made only of procedures that authenticate in their own statement (their
    // declared meta; reports.save, decision 7) skips the lookup. Every other request knows
    // its user before it runs.
    const isSelfAuthenticating =
      info.calls.length > 0 && info.calls.every((c) => SELF_AUTHENTICATING.has(c.path));
    const user = isSelfAuthenticating
      ? null
      : await findSessionUser(db, token, policy, now).catch((error: unknown) => {
          // Outside any procedure, so mapAppErrors cannot see it: an outage is a 503 here too.
          if (!isDatabaseUnavailable(error)) throw error;
          const cause = serviceUnavailable();
          throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause });
        });
    return {
      db,
      user,
      session: { token, policy },
      lang: pickLang(req.headers['x-lantoa-lang'], req.headers['accept-language']),
      now,
      today: todayInVietnam(now),
      onFactsChanged: notifyFactsChanged,
      provinceTallies,
      mail,
      facebook,
    };
  };
  // Writes append unsealed audit events; the sealer chains them just after (decision 7).
  const sealer = new AuditSealer(db, {
    onError: (err) => app.log.error({ err }, 'audit seal failed; retrying every 2 s'),
    onRecover: () => app.log.warn('audit seal works again'),
  });
  app.addHook('onClose', () => sealer.stop());

  await app.register(async (writeRoutes) => {
    // A unit tree or a matrix is tens of KB of JSON: compressed for phones on weak data.
    // Only here: the public surface sends bodies compressed once, when cached.
    await writeRoutes.register(fastifyCompress, {
      encodings: ['br', 'gzip'],
      threshold: 1024,
      brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    });
    // Only the routes that can write pay for this hook; the public surface does not.
    writeRoutes.addHook('onResponse', (req, _reply, done) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') sealer.kick();
      done();
    });
    await writeRoutes.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext,
        maxBatchSize: 10,
        responseMeta: ({ errors }) => {
          const unavailable = errors.filter((e) => e.code === 'SERVICE_UNAVAILABLE');
          if (unavailable.length === 0) return {};
          const seconds = Math.max(...unavailable.map((e) => retryAfterOf(e.cause)));
          return { headers: { 'retry-after': String(seconds) } };
        },
        onError({ error, path }) {
          if (error.code === 'INTERNAL_SERVER_ERROR' || needsOperator(error.cause))
            app.log.error({ path, err: error.cause ?? error });
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
    registerFileRoutes(writeRoutes, db, policy);
    registerExportRoutes(writeRoutes, db, policy);
    registerImportRoutes(writeRoutes, db, policy);
    registerReorganisationImportRoute(writeRoutes, {
      db,
      policy,
      maxBytes: config.reorganisationImportMaxBytes,
    });
    registerAccountRoutes(writeRoutes, {
      db,
      mail,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    registerAuthRoutes(writeRoutes, {
      db,
      policy,
      limiter,
      setupSecret: options.setupSecret ?? null,
    });
  });
  publicCache = await registerPublicRoutes(app, { db, config });
  await registerStaticRoutes(app, config);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    onFactsChanged(listener: (unitIds: string[]) => void): void;
    /** Tells every listener (public caches, other replicas) that these units' facts changed. */
    notifyFactsChanged(unitIds: string[]): void;
    /** The national overview's kept provinces (decision 37). */
    provinceTallies: ProvinceTallies;
    /** Notices' rules and sender; main.ts starts it (decision 23). */
    noticeScheduler: NoticeScheduler;
  }
}
