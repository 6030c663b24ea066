// GET /public/v1/units/:code/badge.svg?indicator=CT-03&lang=vi|en&asOf=yyyy-MM-dd (default
// today): the unit's state on that day, or, closed by then, what became of it.
import {
  COMPLIANCE_STATE_LABELS,
  closureMessage,
  type IndicatorCode,
  type IsoDate,
} from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { evaluatePublicUnit } from './evaluate-public-unit.js';
import { type ClosedPublicUnit, findClosedUnit } from './find-closed-unit.js';
import type { CachedResponse } from './public-cache.js';
import {
  asOfParam,
  badAsOfMessage,
  indicatorParam,
  langParam,
  type PublicDeps,
  type PublicQuery,
  publicToday,
} from './public-params.js';
import {
  SVG_TYPE,
  sendCached,
  serveFromCache,
  toCachedResponse,
  unavailableResponse,
} from './public-reply.js';
import { renderBadge } from './render-badge.js';

const WORDS = {
  vi: {
    indicator: 'Chỉ tiêu',
    notFound: 'không tìm thấy',
    missing: 'Không tìm thấy đơn vị hoặc chỉ tiêu',
    unavailable: 'tạm gián đoạn',
    badDate: 'ngày không hợp lệ',
    retry: 'Tạm thời chưa xem được trạng thái, vui lòng thử lại sau',
  },
  en: {
    indicator: 'Indicator',
    notFound: 'not found',
    missing: 'Unit or indicator not found',
    unavailable: 'unavailable',
    badDate: 'invalid date',
    retry: 'The state cannot be shown right now; please try again shortly',
  },
} as const;

function errorBadge(indicator: IndicatorCode | null, lang: Lang): CachedResponse {
  const svg = renderBadge({
    label: indicator ?? 'Lan Tỏa',
    message: WORDS[lang].notFound,
    tone: 'error',
    description: WORDS[lang].missing,
    idSeed: `error|${indicator}|${lang}`,
  });
  return toCachedResponse({ status: 404, body: svg, contentType: SVG_TYPE });
}

/** A malformed or future `asOf`: an <img> still shows why, and nothing is cached. */
function badAsOfBadge(indicator: IndicatorCode | null, lang: Lang): CachedResponse {
  const svg = renderBadge({
    label: indicator ?? 'Lan Tỏa',
    message: WORDS[lang].badDate,
    tone: 'error',
    description: badAsOfMessage(lang),
    idSeed: `bad-as-of|${indicator}|${lang}`,
  });
  return toCachedResponse({ status: 400, body: svg, contentType: SVG_TYPE });
}

/** A neutral grey badge for a 503: an <img> shows it where a JSON error would break. */
function unavailableBadge(indicator: IndicatorCode | null, lang: Lang): CachedResponse {
  const svg = renderBadge({
    label: indicator ?? 'Lan Tỏa',
    message: WORDS[lang].unavailable,
    tone: 'error',
    description: WORDS[lang].retry,
    idSeed: `unavailable|${indicator}|${lang}`,
  });
  return unavailableResponse(svg, SVG_TYPE);
}

/**
 * A closed unit's badge keeps working where it is embedded and says what became of it, on a
 * neutral grey. No unitId: it also shows the successor's name, so any change makes it stale.
 */
function closedBadge(closed: ClosedPublicUnit, indicator: IndicatorCode, lang: Lang) {
  const message = closureMessage(closed)[lang];
  const svg = renderBadge({
    label: indicator,
    message,
    tone: 'not_applicable',
    description: `${closed.unit.name}: ${message}`,
    idSeed: `closed|${closed.unit.code}|${indicator}|${lang}`,
  });
  return toCachedResponse({ status: 200, body: svg, contentType: SVG_TYPE });
}

async function computeBadge(
  deps: PublicDeps,
  code: string,
  indicator: IndicatorCode | null,
  lang: Lang,
  today: IsoDate,
): Promise<CachedResponse> {
  if (!indicator) return errorBadge(indicator, lang);
  const found = await evaluatePublicUnit(deps.db, code, today);
  if (!found) {
    const closed = await findClosedUnit(deps.db, code, today);
    return closed ? closedBadge(closed, indicator, lang) : errorBadge(indicator, lang);
  }
  const result = found.results.find((r) => r.indicator.code === indicator);
  if (!result) return errorBadge(indicator, lang);
  const { state } = result.evaluation;
  const stateLabel = COMPLIANCE_STATE_LABELS[state][lang];
  const svg = renderBadge({
    label: indicator,
    message: stateLabel,
    tone: state,
    description: `${WORDS[lang].indicator} ${indicator} (${result.indicator.shortTitle[lang]}): ${stateLabel}`,
    idSeed: `${found.unit.code}|${indicator}|${state}|${lang}`,
  });
  return toCachedResponse({ status: 200, body: svg, contentType: SVG_TYPE, unitId: found.unit.id });
}

export function registerBadgeRoute(app: FastifyInstance, deps: PublicDeps): void {
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/units/:code/badge.svg',
    (req, reply) => {
      const { code } = req.params;
      const indicator = indicatorParam(req.query);
      const lang = langParam(req.query);
      const asOf = asOfParam(req.query, publicToday());
      if (!asOf) return sendCached(req, reply, badAsOfBadge(indicator, lang));
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `badge|${code}|${indicator}|${lang}${asOf.cacheSuffix}`,
        () => computeBadge(deps, code, indicator, lang, asOf.asOf),
        () => unavailableBadge(indicator, lang),
      );
    },
  );
}
