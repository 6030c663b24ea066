// GET /public/v1/units/:code/compliance.json?lang=vi|en&asOf=yyyy-MM-dd — the unit's
// applicable indicators on their period as of that day (default today), with the state in
// words and the reason a person can read. A unit closed by then says what became of it and
// names its successors' codes to follow.
import { COMPLIANCE_STATE_LABELS, closureMessage, type IsoDate } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { evaluatePublicUnit } from './evaluate-public-unit.js';
import { type ClosedPublicUnit, findClosedUnit } from './find-closed-unit.js';
import {
  asOfParam,
  badAsOfMessage,
  langParam,
  type PublicDeps,
  type PublicQuery,
  publicToday,
} from './public-params.js';
import {
  jsonResponse,
  notFoundJson,
  sendCached,
  serveFromCache,
  unavailableJson,
} from './public-reply.js';
import type { ComplianceBody } from './public-schemas.js';

/** No unitId: the body also shows the successor's name, so any change makes it stale. */
function closedJson(closed: ClosedPublicUnit, asOf: string, lang: Lang) {
  const body: ComplianceBody = {
    unit: closed.unit,
    asOf,
    closed: {
      on: closed.closedOn,
      message: closureMessage(closed)[lang],
      successor: closed.successor,
      successors: closed.successors,
    },
    indicators: [],
  };
  return jsonResponse(200, body);
}

async function computeCompliance(deps: PublicDeps, code: string, lang: Lang, today: IsoDate) {
  const found = await evaluatePublicUnit(deps.db, code, today);
  if (!found) {
    const closed = await findClosedUnit(deps.db, code, today);
    return closed ? closedJson(closed, today, lang) : notFoundJson(lang);
  }
  const { unit } = found;
  const body: ComplianceBody = {
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    asOf: found.asOf,
    indicators: found.results
      .filter((r) => r.isApplicable)
      .map(({ indicator, evaluation: e }) => ({
        code: indicator.code,
        title: indicator.shortTitle[lang],
        state: e.state,
        stateLabel: COMPLIANCE_STATE_LABELS[e.state][lang],
        reason: e.reason[lang],
        due: e.due,
        periodKey: e.periodKey,
      })),
  };
  return jsonResponse(200, body, unit.id);
}

export function registerComplianceRoute(app: FastifyInstance, deps: PublicDeps): void {
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/units/:code/compliance.json',
    (req, reply) => {
      const { code } = req.params;
      const lang = langParam(req.query);
      const asOf = asOfParam(req.query, publicToday());
      if (!asOf) {
        const error = { code: 'BAD_REQUEST', message: badAsOfMessage(lang) };
        return sendCached(req, reply, jsonResponse(400, { error }));
      }
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `compliance|${code}|${lang}${asOf.cacheSuffix}`,
        () => computeCompliance(deps, code, lang, asOf.asOf),
        () => unavailableJson(lang),
      );
    },
  );
}
