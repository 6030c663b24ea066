// POST /public/v1/appeals/:code/pledges — the pledge form — and GET /public/v1/form-token.
// The shared checks (public-form.ts) run first and cost no query; only then the appeal's
// row, the counters shared in PostgreSQL, and the insert (decision 26).
import {
  CONSENT_TEXTS,
  CURRENT_GIVING_CONSENT,
  CURRENT_REGISTRATION_CONSENT,
  todayInVietnam,
  ZPledgeInput,
} from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';
import { createPledge } from '../services/create-pledge.js';
import { buildAppealPayload } from './appeal-payload.js';
import { issueFormToken, type MemoryRateLimiter, takeSharedLimits } from './form-guard.js';
import type { FormTokenBody, PledgeCreatedBody } from './public-appeal-schemas.js';
import {
  FORM_BODY_LIMIT,
  formLang,
  screenForm,
  sendFormError,
  sendFormPreflight,
} from './public-form.js';
import { langParam, type PublicDeps, type PublicQuery } from './public-params.js';
import { CROSS_ORIGIN_HEADERS } from './public-reply.js';

const WORDS = {
  notFound: { vi: 'Không tìm thấy đợt vận động', en: 'Appeal not found' },
  closed: { vi: 'Đợt vận động không nhận ủng hộ lúc này', en: 'The appeal is not open now' },
} as const;

export function registerPledgeRoute(
  app: FastifyInstance,
  deps: PublicDeps,
  config: AppConfig,
  limiter: MemoryRateLimiter,
): void {
  const limits = config.formLimits;
  app.get<{ Querystring: PublicQuery }>('/public/v1/form-token', (req, reply) => {
    // The wording depends on what the form is for: a gift, or a registration.
    const version =
      req.query.purpose === 'registration' ? CURRENT_REGISTRATION_CONSENT : CURRENT_GIVING_CONSENT;
    const body: FormTokenBody = {
      token: issueFormToken(config.formSecret, new Date()),
      consentVersion: version,
      consentText: CONSENT_TEXTS[version][langParam(req.query)],
    };
    return reply.headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' }).send(body);
  });
  app.options('/public/v1/appeals/:code/pledges', sendFormPreflight);
  app.post<{ Params: { code: string } }>(
    '/public/v1/appeals/:code/pledges',
    { bodyLimit: FORM_BODY_LIMIT },
    async (req, reply) => {
      const { code } = req.params;
      const guard = { limiter, config, form: 'pledge' as const, target: `appeal|${code}` };
      const input = screenForm(req, reply, guard, ZPledgeInput);
      if (!input) return reply;
      const lang = formLang(req);
      const now = new Date();
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
      if (!appeal) return sendFormError(reply, 404, lang, WORDS.notFound);
      const today = todayInVietnam(now);
      if (today < appeal.starts_on || today > appeal.ends_on)
        return sendFormError(reply, 400, lang, WORDS.closed);
      const isWithin = await takeSharedLimits(
        deps.db,
        [
          { key: `pledge-ip|${req.ip}`, limit: limits.perAddressHour },
          { key: `pledge-appeal|${appeal.id}`, limit: limits.perAppealHour },
        ],
        now,
      );
      if (!isWithin) return sendFormError(reply, 429, lang, 'tooMany');
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
