// Plain HTTP routes that work without a session: "forgot password" (the same answer
// whether or not the email exists, rate-limited, the mail sent after answering), setting
// a password from a reset or invitation link, and the signed unsubscribe link (a GET
// page with a button, and RFC 8058 one-click POST, which mail providers send without an
// Origin: the signed token, not a cookie, authorises it).
import { ZPasswordResetRequestInput, ZSetPasswordWithTokenInput } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashedBucket, hitSharedWindows } from '../auth/shared-window-limits.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { type AccountMail, resetMail } from '../notices/account-mail.js';
import { signingKey, verifyUnsubscribeToken } from '../notices/unsubscribe-token.js';
import { requestPasswordReset } from '../services/request-password-reset.js';
import { setPasswordWithToken } from '../services/set-password-with-token.js';
import { unsubscribeEmail } from '../services/unsubscribe-email.js';
import { unsubscribePage } from './unsubscribe-page.js';

const SENT = {
  vi: 'Nếu email này có tài khoản, một liên kết đặt lại mật khẩu vừa được gửi tới đó.',
  en: 'If this email has an account, a link to reset the password has just been sent to it.',
};

const RESET_WINDOW_MS = 15 * 60_000;

export interface AccountRouteDeps {
  db: Kysely<Database>;
  mail: AccountMail;
  clock?: () => Date;
}

export function registerAccountRoutes(app: FastifyInstance, deps: AccountRouteDeps): void {
  const { db, mail } = deps;
  const now = () => deps.clock?.() ?? new Date();

  app.post('/auth/reset-request', async (req, reply) => {
    const { email } = ZPasswordResetRequestInput.parse(req.body);
    const at = now();
    // Per address 5 and per email 3 requests in 15 minutes: enough for a typo, not a
    // flood. Counted in the database, so replicas share them; unknown emails count too.
    const wait = await hitSharedWindows(
      db,
      [
        { key: `reset-address:${req.ip}`, limit: 5 },
        { key: hashedBucket('reset-email', email), limit: 3 },
      ],
      RESET_WINDOW_MS,
      at,
    );
    if (wait !== null) {
      reply.header('Retry-After', String(wait));
      throw new AppError('TOO_MANY_REQUESTS', {
        vi: `Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút`,
        en: `Too many requests. Try again in ${Math.ceil(wait / 60)} minutes`,
      });
    }
    const lang = req.headers['accept-language']?.startsWith('en') ? 'en' : 'vi';
    const reset = await requestPasswordReset(db, { email, address: req.ip, now: at });
    if (reset) {
      // After the answer: its timing must not tell whether the account exists.
      setImmediate(() => {
        mail.mailer
          .send(resetMail(mail.linkOrigin, reset, reset.token))
          .catch((err: unknown) => req.log.error({ err }, 'password reset mail failed'));
      });
    }
    return { ok: true, message: SENT[lang] };
  });

  app.post('/auth/reset', async (req) => {
    const input = ZSetPasswordWithTokenInput.parse(req.body);
    const done = await setPasswordWithToken(db, { ...input, now: now(), address: req.ip });
    return { ok: true, email: done.email };
  });

  const ZToken = z.object({ t: z.string().max(200) });
  app.get('/notices/unsubscribe', async (req, reply) => {
    const { t } = ZToken.parse(req.query);
    const userId = verifyUnsubscribeToken(await signingKey(db), t);
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return reply.code(userId ? 200 : 400).send(unsubscribePage(userId ? 'confirm' : 'invalid', t));
  });
  // One-click unsubscribe posts a form body (RFC 8058); only this route reads one.
  void app.register(async (formRoutes) => {
    formRoutes.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_req, body, done) => done(null, body),
    );
    formRoutes.post('/notices/unsubscribe', async (req, reply) => {
      const { t } = ZToken.parse(req.query);
      const userId = verifyUnsubscribeToken(await signingKey(db), t);
      const isDone = userId ? await unsubscribeEmail(db, userId) : false;
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
      return reply.code(isDone ? 200 : 400).send(unsubscribePage(isDone ? 'done' : 'invalid', t));
    });
  });
}
