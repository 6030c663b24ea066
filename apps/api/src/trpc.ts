// tRPC wiring: the request context, the one errorFormatter that turns every failure into
// a bilingual, stack-free answer, and the procedure builders. Every procedure declares the
// policy actions it performs (`procedureFor('report.approve')`); one middleware enforces
// the role part of the domain policy and resolves the caller's scope (decision 17).
import {
  type Action,
  grantOf,
  type IsoDate,
  isPublicAction,
  translateSchemaMessage,
} from '@lantoa/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import { ZodError, z } from 'zod';
import { getScope } from './access/get-scope.js';
import { readableUnits } from './access/readable-units.js';
import type { SessionOfRequest, SessionUser } from './auth/sessions.js';
import { databaseAppError } from './db/database-errors.js';
import type { Database } from './db/schema.js';
import { AppError, type AppErrorCode } from './errors.js';
import type { FacebookAccess } from './facebook/facebook-access.js';
import type { Lang } from './http/lang.js';
import type { AccountMail } from './notices/account-mail.js';
import type { ProvinceTallies } from './services/matrix/province-tallies.js';

export interface Context {
  db: Kysely<Database>;
  /** Looked up before the procedure runs, except for a request made only of reports.save
   *  calls, which authenticate inside their own statement (decision 7). */
  user: SessionUser | null;
  /** The session cookie's token and the expiry policy, for that statement. */
  session: SessionOfRequest;
  lang: Lang;
  now: Date;
  today: IsoDate;
  /** Called after a write that changes what the public surface shows. */
  onFactsChanged: (unitIds: string[]) => void;
  /** The national overview's judged provinces, kept until a change touches them. */
  provinceTallies: ProvinceTallies;
  /** Account mail (invitations): SMTP, or the demo outbox when none is configured. */
  mail: AccountMail;
  /** The Graph API and the token cipher (null without LANTOA_FACEBOOK_TOKEN_KEY). */
  facebook: FacebookAccess;
}

const TRPC_CODE: Record<AppErrorCode, TRPCError['code']> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const GENERIC = {
  vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau',
  en: 'Something went wrong. Please try again later',
};
const INVALID = { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' };

/** What a procedure declares: the policy actions it performs, and whether it authenticates
 *  inside its own statement (then the request's session lookup is skipped, decision 7). */
export interface ProcedureMeta {
  actions: readonly Action[];
  authenticatesItself?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const lang = ctx?.lang ?? 'vi';
      const cause = error.cause;
      let messages = GENERIC;
      let details: Record<string, unknown> | undefined;
      let fieldErrors: Record<string, string[] | undefined> | undefined;
      if (cause instanceof AppError) {
        messages = cause.messages;
        details = cause.details;
        // Business rules name fields too (a taken email, an unknown parent): same place as zod's.
        fieldErrors = cause.details?.fieldErrors as typeof fieldErrors;
      } else if (cause instanceof ZodError) {
        messages = INVALID;
        // Schema messages are written once (in Vietnamese) and answered in the caller's language.
        const flat = z.flattenError(cause).fieldErrors as Record<string, string[] | undefined>;
        fieldErrors = Object.fromEntries(
          Object.entries(flat).map(([field, list]) => [
            field,
            list?.map((m) => translateSchemaMessage(m, lang)),
          ]),
        );
      } else if (error.code !== 'INTERNAL_SERVER_ERROR') {
        // tRPC's own refusals (bad batch, method not allowed, ...): keep the code, say it plainly.
        messages = { vi: 'Yêu cầu không hợp lệ', en: 'The request was not valid' };
      }
      return {
        code: shape.code,
        message: messages[lang],
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          messages,
          fieldErrors,
          details,
        },
      };
    },
  });

export const router = t.router;

/** Every procedure of a router by path, with what it declares (tRPC keeps them flat). */
export const declaredProcedures = (r: { _def: { procedures: object } }) =>
  Object.entries(r._def.procedures as Record<string, { _def: { meta?: ProcedureMeta } }>).map(
    ([path, procedure]) => ({ path, meta: procedure._def.meta }),
  );
export const createCallerFactory = t.createCallerFactory;

/** Turns AppErrors thrown by services, and database failures (db/database-errors.ts:
 *  unreachable → 503, a malformed id → 404, a value it cannot store → 400), into
 *  TRPCErrors carrying the AppError as the cause. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = databaseAppError(result.error.cause) ?? result.error.cause;
  if (cause instanceof AppError) {
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new AppError('UNAUTHORIZED', {
      vi: 'Bạn cần đăng nhập',
      en: 'Please sign in',
    });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export type Role = SessionUser['role'];

const forbiddenRole = () =>
  new AppError('FORBIDDEN', {
    vi: 'Vai trò của bạn không được phép thực hiện thao tác này',
    en: 'Your role does not allow this',
  });
export type AuthedContext = Context & { user: SessionUser };

/** A procedure anyone may call, for a public action of the policy. */
export const publicProcedureFor = (action: Action) => {
  if (!isPublicAction(action)) throw new Error(`${action} is not a public action`);
  return publicProcedure.meta({ actions: [action] });
};

/**
 * Signed in, with a role the policy grants at least one of `actions` to (else FORBIDDEN),
 * and the unit scope resolved once for the call. Which unit, in which state, by whom is
 * checked where the row is known: in the query (unitInScope) or by `authorize`.
 */
export const procedureFor = (...actions: [Action, ...Action[]]) =>
  publicProcedure
    .meta({ actions })
    .use(signedIn)
    .use(async ({ ctx, next }) => {
      if (!actions.some((action) => grantOf(ctx.user.role, action))) throw forbiddenRole();
      const scope = await getScope(ctx.db, ctx.user, ctx.today);
      return next({ ctx: { ...ctx, scope, readable: readableUnits(ctx.db, scope) } });
    });

/** For a procedure whose own statement authenticates the session and checks the policy
 *  (reports.save, decision 7): a request of such calls only skips the session lookup. */
export const selfAuthenticatingProcedureFor = (action: Action) =>
  publicProcedure.meta({ actions: [action], authenticatesItself: true });
