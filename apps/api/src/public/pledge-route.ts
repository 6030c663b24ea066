// POST /public/v1/appeals/:code/pledges — the pledge form — and GET /public/v1/form-token.
// Checks run cheapest first, so that a flood is turned away before it costs a query:
// body size (4 KB, Fastify), the per-address and per-appeal counters in memory, the
// schema, the honeypot, the time-check token; only then the appeal's row, the counters
// shared in PostgreSQL, and the insert (decision 26).
import {
  CONSENT_TEXTS,
  CURRENT_GIVING_CONSENT,
  todayInVietnam,
  translateSchemaMessage,
  ZPledgeInput,
} from '@lantoa/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { type Lang, pickLang } from '../http/lang.js';
import { createPledge } from '../services/create-pledge.js';
import { buildAppealPayload } from './appeal-payload.js';
import {
  checkFormToken,
  issueFormToken,
  type MemoryRateLimiter,
  takeSharedLimits,
} from './form-guard.js';
import type { FormTokenBody, PledgeCreatedBody } from './public-appeal-schemas.js';
import { langParam, type PublicDeps, type PublicQuery } from './public-params.js';
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
  notFound: { vi: 'Không tìm thấy đợt vận động', en: 'Appeal not found' },
  closed: { vi: 'Đợt vận động không nhận ủng hộ lúc này', en: 'The appeal is not open now' },
} as const;

type Words = keyof typeof WORDS;

function sendError(
  reply: FastifyReply,
  status: number,
  lang: Lang,
  word: Words,
  details?: unknown,
) {
  const code = status === 429 ? 'TOO_MANY_REQUESTS' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  if (status === 429)
    reply.header('retry-after', String(60 * 60 - (Math.floor(Date.now() / 1000) % 3600)));
  return reply
    .code(status)
    .headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' })
    .send({ error: { code, message: WORDS[word][lang], ...(details ? { details } : {}) } });
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

export function registerPledgeRoute(
  app: FastifyInstance,
  deps: PublicDeps,
  config: AppConfig,
  limiter: MemoryRateLimiter,
): void {
  const limits = config.formLimits;
  app.get<{ Querystring: PublicQuery }>('/public/v1/form-token', (req, reply) => {
    const body: FormTokenBody = {
      token: issueFormToken(config.formSecret, new Date()),
      consentVersion: CURRENT_GIVING_CONSENT,
      consentText: CONSENT_TEXTS[CURRENT_GIVING_CONSENT][langParam(req.query)],
    };
    return reply.headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' }).send(body);
  });
  app.options('/public/v1/appeals/:code/pledges', (_req, reply) =>
    reply
      .code(204)
      .headers({
        ...CROSS_ORIGIN_HEADERS,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type, Accept-Language',
        'access-control-max-age': '86400',
      })
      .send(),
  );
  app.post<{ Params: { code: string } }>(
    '/public/v1/appeals/:code/pledges',
    { bodyLimit: FORM_BODY_LIMIT },
    async (req, reply) => {
      const lang = pickLang((req.query as { lang?: unknown }).lang, req.headers['accept-language']);
      const now = new Date();
      const { code } = req.params;
      if (
        !limiter.take(`ip|${req.ip}`, limits.perAddressHour, now) ||
        !limiter.take(`appeal|${code}`, limits.perAppealHour, now)
      ) {
        return sendError(reply, 429, lang, 'tooMany');
      }
      const parsed = ZPledgeInput.safeParse(req.body);
      if (!parsed.success)
        return sendError(reply, 400, lang, 'invalid', {
          fieldErrors: fieldErrors(parsed.error, lang),
        });
      const input = parsed.data;
      if (input.website) return sendError(reply, 400, lang, 'refused');
      const verdict = checkFormToken(input.formToken, config.formSecret, now);
      if (verdict !== 'ok')
        return sendError(
          reply,
          400,
          lang,
          verdict === 'too-fast' ? 'tooFast' : verdict === 'expired' ? 'expired' : 'refused',
        );
      const appeal = await deps.db
        .selectFrom('appeals')
        .select([
          'id',
          'unit_id',
          'title',
          'bank_bin',
          'account_number',
          'account_name',
          'starts_on',
          'ends_on',
        ])
        .where('code', '=', code)
        .executeTakeFirst();
      if (!appeal) return sendError(reply, 404, lang, 'notFound');
      const today = todayInVietnam(now);
      if (today < appeal.starts_on || today > appeal.ends_on)
        return sendError(reply, 400, lang, 'closed');
      const isWithin = await takeSharedLimits(
        deps.db,
        [
          { key: `pledge-ip|${req.ip}`, limit: limits.perAddressHour },
          { key: `pledge-appeal|${appeal.id}`, limit: limits.perAppealHour },
        ],
        now,
      );
      if (!isWithin) return sendError(reply, 429, lang, 'tooMany');
      const pledge = await createPledge(deps.db, { id: appeal.id, unitId: appeal.unit_id }, input);
      const { memo, payload } = buildAppealPayload(appeal, pledge.reference, input.amount);
      const query = new URLSearchParams({
        ref: pledge.reference,
        ...(input.amount ? { amount: String(input.amount) } : {}),
      });
      const body: PledgeCreatedBody = {
        reference: pledge.reference,
        memo,
        amount: input.amount,
        payload,
        qrSvgUrl: `${deps.publicOrigin}/public/v1/appeals/${encodeURIComponent(code)}/qr.svg?${query}`,
        bank: {
          bin: appeal.bank_bin,
          accountNumber: appeal.account_number,
          accountName: appeal.account_name,
        },
      };
      return reply
        .code(201)
        .headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' })
        .send(body);
    },
  );
}
