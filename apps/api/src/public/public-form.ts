// The checks every public form shares (pledges, registrations), cheapest first, so that a
// flood is turned away before it costs a query: the per-address and per-target counters in
// memory, the schema, the honeypot, the time-check token. Body size (4 KB) is Fastify's
// bodyLimit on each route. The caller then reads its row, takes the limits shared in
// PostgreSQL and inserts (decisions 26 and 28).
import { type Bilingual, translateSchemaMessage } from '@lantoa/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { type Lang, pickLang } from '../http/lang.js';
import { checkFormToken, type MemoryRateLimiter } from './form-guard.js';
import { CROSS_ORIGIN_HEADERS } from './public-reply.js';

export const FORM_BODY_LIMIT = 4_096;

const WORDS = {
  tooMany: {
    vi: 'Đã nhận quá nhiều lượt gửi, vui lòng thử lại sau',
    en: 'Too many submissions; please try again later',
  },
  invalid: { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
  refused: { vi: 'Không gửi được biểu mẫu', en: 'The form could not be sent' },
  tooFast: {
    vi: 'Biểu mẫu được gửi quá nhanh, vui lòng kiểm tra rồi gửi lại',
    en: 'The form was sent too quickly; please check it and send again',
  },
  expired: {
    vi: 'Biểu mẫu đã hết hạn, vui lòng tải lại trang',
    en: 'The form has expired; please reload the page',
  },
} as const satisfies Record<string, Bilingual>;

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** A refusal in the public error shape, in the asked language, never cached. */
export function sendFormError(
  reply: FastifyReply,
  status: number,
  lang: Lang,
  words: Bilingual | keyof typeof WORDS,
  details?: unknown,
) {
  const message = (typeof words === 'string' ? WORDS[words] : words)[lang];
  if (status === 429)
    reply.header('retry-after', String(60 * 60 - (Math.floor(Date.now() / 1000) % 3600)));
  return reply
    .code(status)
    .headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' })
    .send({
      error: { code: CODES[status] ?? 'BAD_REQUEST', message, ...(details ? { details } : {}) },
    });
}

function fieldErrors(error: z.ZodError, lang: Lang) {
  const { fieldErrors: fields } = z.flattenError(error);
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      (v as string[]).map((m) => translateSchemaMessage(m, lang)),
    ]),
  );
}

export function formLang(req: FastifyRequest): Lang {
  return pickLang((req.query as { lang?: unknown }).lang, req.headers['accept-language']);
}

/**
 * Runs the shared checks on one public form post. Answers the refusal itself and returns
 * null, or returns the valid input. `target` names what is posted to (an appeal's or a
 * drive's code), so one target's flood does not spend another's allowance.
 */
export function screenForm<T extends { website?: string | undefined; formToken: string }>(
  req: FastifyRequest,
  reply: FastifyReply,
  guard: {
    limiter: MemoryRateLimiter;
    config: AppConfig;
    form: 'pledge' | 'registration';
    target: string;
  },
  schema: z.ZodType<T>,
): T | null {
  const lang = formLang(req);
  const now = new Date();
  const { limiter, config, form, target } = guard;
  const limits = config.formLimits;
  if (
    // Each form has its own allowance per address, as in PostgreSQL (form-guard.ts).
    !limiter.take(`${form}-ip|${req.ip}`, limits.perAddressHour, now) ||
    !limiter.take(target, limits.perAppealHour, now)
  ) {
    sendFormError(reply, 429, lang, 'tooMany');
    return null;
  }
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) {
    sendFormError(reply, 400, lang, 'invalid', { fieldErrors: fieldErrors(parsed.error, lang) });
    return null;
  }
  if (parsed.data.website) {
    sendFormError(reply, 400, lang, 'refused');
    return null;
  }
  const verdict = checkFormToken(parsed.data.formToken, config.formSecret, now);
  if (verdict !== 'ok') {
    const word = verdict === 'too-fast' ? 'tooFast' : verdict === 'expired' ? 'expired' : 'refused';
    sendFormError(reply, 400, lang, word);
    return null;
  }
  return parsed.data;
}

/** The CORS preflight of a form POST from a partner's page. */
export function sendFormPreflight(_req: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(204)
    .headers({
      ...CROSS_ORIGIN_HEADERS,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Accept-Language',
      'access-control-max-age': '86400',
    })
    .send();
}
