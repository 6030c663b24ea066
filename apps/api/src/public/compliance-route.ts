// GET /public/v1/units/:code/compliance.json?lang=vi|en — the unit's applicable indicators
// on their current period, with the state in words and the reason a person can read. A
// closed unit's JSON says what became of it and names its successor's code to follow.
import { COMPLIANCE_STATE_LABELS, closureMessage, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { evaluatePublicUnit } from './evaluate-public-unit.js';
import { type ClosedPublicUnit, findClosedUnit } from './find-closed-unit.js';
import { langParam, type PublicDeps, type PublicQuery } from './public-params.js';
import { jsonResponse, notFoundJson, serveFromCache, unavailableJson } from './public-reply.js';
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
    },
    indicators: [],
  };
  return jsonResponse(200, body);
}

async function computeCompliance(deps: PublicDeps, code: string, lang: Lang) {
  const today = todayInVietnam(new Date());
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
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `compliance|${code}|${lang}`,
        () => computeCompliance(deps, code, lang),
        () => unavailableJson(lang),
      );
    },
  );
}
