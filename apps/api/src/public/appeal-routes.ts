// The public side of appeals: the appeal with its accounts (cached like every public body,
// stale when its unit's facts change: staff reconciliation and disbursements notify it),
// the VietQR code as SVG made here with `qrcode` (nothing fetched from a third party), the
// form's time-check token, and the pledge form's POST behind form-guard's checks.
import { isPledgeReference, ZAmount } from '@lantoa/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppConfig } from '../config.js';
import type { Lang } from '../http/lang.js';
import { loadQrCode } from '../lazy-libraries.js';
import { getPublicAppeal } from '../services/get-public-appeal.js';
import { buildAppealPayload } from './appeal-payload.js';
import { isUnitCode } from './evaluate-public-unit.js';
import { MemoryRateLimiter } from './form-guard.js';
import { registerPledgeRoute } from './pledge-route.js';
import type { AppealBody } from './public-appeal-schemas.js';
import { langParam, type PublicDeps, type PublicQuery, publicToday } from './public-params.js';
import {
  CROSS_ORIGIN_HEADERS,
  jsonResponse,
  SVG_TYPE,
  serveFromCache,
  unavailableJson,
} from './public-reply.js';
import { registerRegistrationRoutes } from './registration-routes.js';

export function notFoundAppeal(lang: Lang) {
  const message = lang === 'en' ? 'Appeal not found' : 'Không tìm thấy đợt vận động';
  return jsonResponse(404, { error: { code: 'NOT_FOUND', message } });
}

async function computeAppeal(deps: PublicDeps, code: string, lang: Lang) {
  const appeal = isUnitCode(code) ? await getPublicAppeal(deps.db, code) : null;
  if (!appeal) return notFoundAppeal(lang);
  const today = publicToday();
  const { id: _id, unitId, ...shown } = appeal;
  const body: AppealBody = {
    ...shown,
    isOpen: appeal.startsOn <= today && today <= appeal.endsOn,
  };
  return jsonResponse(200, body, unitId);
}

function sendQrError(reply: FastifyReply, lang: Lang) {
  const message = lang === 'en' ? 'Invalid amount or code' : 'Số tiền hoặc mã không hợp lệ';
  return reply
    .code(400)
    .headers(CROSS_ORIGIN_HEADERS)
    .send({ error: { code: 'BAD_REQUEST', message } });
}

export function registerAppealRoutes(
  app: FastifyInstance,
  deps: PublicDeps,
  config: AppConfig,
): void {
  const limiter = new MemoryRateLimiter();
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/appeals/:code.json',
    (req, reply) => {
      const { code } = req.params;
      const lang = langParam(req.query);
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `appeal|${code}|${lang}`,
        () => computeAppeal(deps, code, lang),
        () => unavailableJson(lang),
      );
    },
  );

  // The QR of one pledge: deterministic from the appeal's account, the amount and the code,
  // so browsers and CDNs may keep it for a day. Counted per address like the form, ×10.
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/appeals/:code/qr.svg',
    async (req, reply) => {
      const lang = langParam(req.query);
      const ref = typeof req.query.ref === 'string' ? req.query.ref : '';
      const amountText = typeof req.query.amount === 'string' ? req.query.amount : '';
      const amount = amountText === '' ? null : ZAmount.safeParse(Number(amountText));
      if (!isPledgeReference(ref) || (amount !== null && !amount.success)) {
        return sendQrError(reply, lang);
      }
      if (!limiter.take(`qr|${req.ip}`, config.formLimits.perAddressHour * 10, new Date())) {
        return reply.code(429).headers(CROSS_ORIGIN_HEADERS).header('retry-after', '3600').send();
      }
      const { code } = req.params;
      const appeal = isUnitCode(code)
        ? await deps.db
            .selectFrom('appeals')
            .select(['title', 'bank_bin', 'account_number'])
            .where('code', '=', code)
            .executeTakeFirst()
        : undefined;
      if (!appeal)
        return reply.code(404).headers(CROSS_ORIGIN_HEADERS).send(notFoundAppeal(lang).body);
      const { payload } = buildAppealPayload(appeal, ref, amount?.data ?? null);
      const svg = await renderQrSvg(payload, lang);
      return reply
        .headers({
          ...CROSS_ORIGIN_HEADERS,
          'content-type': SVG_TYPE,
          'cache-control': 'public, max-age=86400',
        })
        .send(svg);
    },
  );
  registerPledgeRoute(app, deps, config, limiter);
  registerRegistrationRoutes(app, deps, config, limiter);
}

/** The QR as SVG, with a name for screen readers: "Mã VietQR để chuyển khoản". */
export async function renderQrSvg(payload: string, lang: Lang): Promise<string> {
  const svg = await (await loadQrCode()).toString(payload, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  const label = lang === 'en' ? 'VietQR code for the transfer' : 'Mã VietQR để chuyển khoản';
  return svg.replace('<svg ', `<svg role="img" aria-label="${label}" `);
}
