// GET /public/v1/units/:code/compliance.json?lang=vi|en — the unit's applicable indicators
// on their current period, with the state in words and the reason a person can read.
import { COMPLIANCE_STATE_LABELS, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { evaluatePublicUnit } from './evaluate-public-unit.js';
import { langParam, type PublicDeps, type PublicQuery } from './public-params.js';
import { jsonResponse, notFoundJson, serveFromCache, unavailableJson } from './public-reply.js';

async function computeCompliance(deps: PublicDeps, code: string, lang: Lang) {
  const found = await evaluatePublicUnit(deps.db, code, todayInVietnam(new Date()));
  if (!found) return notFoundJson(lang);
  const { unit } = found;
  const body = {
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
