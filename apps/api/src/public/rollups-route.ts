// GET /public/v1/provinces/:code/rollups.json?year=YYYY&lang=vi|en — the plan's own figures
// for a province ("85/102 Hội CTĐ xã, phường, đặc khu (83%)"), one per indicator, judged as
// the dashboard judges them (evaluateSubtree: the plan in force, one period per indicator).
// The body counts every unit of the province, so it carries no unit id: any change makes
// it stale, and the next request recomputes it once.
import { formatPercent, periodLabel, rollup } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { evaluateSubtree } from '../services/evaluate-subtree.js';
import { findPublicUnit } from './evaluate-public-unit.js';
import {
  langParam,
  type PublicDeps,
  type PublicQuery,
  publicToday,
  yearParam,
} from './public-params.js';
import { jsonResponse, notFoundJson, serveFromCache, unavailableJson } from './public-reply.js';
import type { RollupsBody } from './public-schemas.js';

async function computeRollups(deps: PublicDeps, code: string, year: number, lang: Lang) {
  const today = publicToday();
  const province = await findPublicUnit(deps.db, code, today);
  if (province?.kind !== 'province') return notFoundJson(lang);
  const { units, periods, evaluations, plan } = await evaluateSubtree(
    deps.db,
    // The public sees every unit: everything asked about is "readable".
    async (ids) => new Set(ids),
    province.id,
    { rootId: province.id, asOf: today, year },
  );
  const body: RollupsBody = {
    province: { code: province.code, name: province.name },
    asOf: today,
    year,
    indicators: periods.map(({ indicator, period }) => {
      const r = rollup({
        units,
        evaluations,
        rootId: province.id,
        indicator: indicator.code,
        periodKey: period.key,
        indicators: plan.indicators,
      });
      return {
        code: indicator.code,
        title: indicator.shortTitle[lang],
        periodKey: period.key,
        periodLabel: periodLabel(period.key, period.due)[lang],
        applicable: r.applicable,
        met: r.met,
        share: r.share,
        label: r.label[lang],
        percent: formatPercent(r.met, r.applicable),
      };
    }),
  };
  return jsonResponse(200, body);
}

export function registerRollupsRoute(app: FastifyInstance, deps: PublicDeps): void {
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/provinces/:code/rollups.json',
    (req, reply) => {
      const { code } = req.params;
      const lang = langParam(req.query);
      const year = yearParam(req.query, Number(publicToday().slice(0, 4)));
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `rollups|${code}|${year}|${lang}`,
        () => computeRollups(deps, code, year, lang),
        () => unavailableJson(lang),
      );
    },
  );
}
