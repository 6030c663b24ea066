// Plain HTTP routes for signing in and out, beside tRPC: a cookie is set or cleared here
// and nowhere else. The cookie is Secure except on localhost, where browsers refuse
// Secure cookies over plain http.
import { ZSignInInput } from '@lantoa/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { SignInAlert, SignInThrottle } from '../auth/rate-limiter.js';
import { findSessionUser, SESSION_COOKIE, type SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { createFirstAdmin } from '../services/create-first-admin.js';
import { recordSignInAttack } from '../services/record-sign-in-attack.js';
import { recordSignInRefusal } from '../services/record-sign-in-refusal.js';
import { signIn } from '../services/sign-in.js';
import { signOut } from '../services/sign-out.js';
import { verifyCredentials } from '../services/verify-credentials.js';

interface AuthRouteDeps {
  db: Kysely<Database>;
  policy: SessionPolicy;
  limiter: SignInThrottle;
  setupSecret: string | null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalhost(req: FastifyRequest): boolean {
  return LOCAL_HOSTS.has(req.hostname.replace(/:\d+$/, ''));
}

function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: !isLocalhost(req),
    path: '/',
    expires: expiresAt,
  });
}

function invalidInput(issues: Record<string, string[] | undefined>) {
  return new AppError(
    'BAD_REQUEST',
    { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
    { fieldErrors: issues },
  );
}

function tooManyAttempts(seconds: number) {
  const [vi, en] =
    seconds < 60
      ? [`${seconds} giây`, `${seconds} seconds`]
      : [`${Math.ceil(seconds / 60)} phút`, `${Math.ceil(seconds / 60)} minutes`];
  return new AppError('TOO_MANY_REQUESTS', {
    vi: `Bạn đã thử đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${vi}`,
    en: `Too many failed sign-in attempts. Try again in ${en}`,
  });
}

/** An account under attack: a warning in the server log and, for a real account, an audit
 *  event the administrators see on the users page. Never fails the sign-in answer. */
async function raiseAlert(db: Kysely<Database>, req: FastifyRequest, alert: SignInAlert) {
  req.log.warn({ signInAlert: alert }, 'sign-in: account under attack');
  try {
    await recordSignInAttack(db, alert);
  } catch (err) {
    req.log.error({ err }, 'sign-in: recording the attack alert failed');
  }
}

/** A refused sign-in on a real account is audited (bounded, decision 16); the answer is the
 *  same 401 whether or not the event could be written. */
async function auditRefusal(
  db: Kysely<Database>,
  req: FastifyRequest,
  { email, failures }: { email: string; failures: number },
) {
  try {
    await recordSignInRefusal(db, { email, address: req.ip, failures });
  } catch (err) {
    req.log.error({ err }, 'sign-in: recording the refusal failed');
  }
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { db, policy, limiter } = deps;

  app.post('/auth/sign-in', async (req, reply) => {
    const parsed = ZSignInInput.safeParse(req.body);
    if (!parsed.success) throw invalidInput(parsed.error.flatten().fieldErrors);
    const { email, password } = parsed.data;
    const wait = await limiter.check(email, req.ip);
    if (wait !== null) {
      reply.header('Retry-After', String(wait));
      throw tooManyAttempts(wait);
    }
    const user = await verifyCredentials(db, email, password);
    if (!user) {
      const alert = await limiter.recordFailure(email, req.ip);
      await auditRefusal(db, req, { email, failures: await limiter.accountFailures(email) });
      if (alert) await raiseAlert(db, req, alert);
      throw new AppError('UNAUTHORIZED', {
        vi: 'Email hoặc mật khẩu không đúng',
        en: 'Wrong email or password',
      });
    }
    await limiter.recordSuccess(email, req.ip);
    const session = await signIn(db, { userId: user.id, policy, address: req.ip });
    setSessionCookie(req, reply, session.token, session.expiresAt);
    const me = await findSessionUser(db, session.token, policy);
    return { user: me && publicUser(me) };
  });

  app.post('/auth/sign-out', async (req, reply) => {
    const me = await findSessionUser(db, req.cookies[SESSION_COOKIE], policy);
    if (me) await signOut(db, me, req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', async (req, reply) => {
    const me = await findSessionUser(db, req.cookies[SESSION_COOKIE], policy);
    reply.header('Cache-Control', 'no-store');
    // Nobody signed in is an answer, not a failure: a 401 here was an error in the console
    // of every visitor to the sign-in page (and Lighthouse's best practices counted it).
    return { user: me ? publicUser(me) : null };
  });

  app.post('/auth/setup', async (req) => {
    if (!deps.setupSecret)
      throw new AppError('NOT_FOUND', { vi: 'Không tìm thấy', en: 'Not found' });
    const user = await createFirstAdmin(db, deps.setupSecret, req.body);
    deps.setupSecret = null;
    return { user };
  });
}

function publicUser(me: NonNullable<Awaited<ReturnType<typeof findSessionUser>>>) {
  return {
    id: me.id,
    email: me.email,
    name: me.name,
    role: me.role,
    unit: { id: me.unitId, code: me.unitCode, name: me.unitName },
  };
}
