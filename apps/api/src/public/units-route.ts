// GET /public/v1/units.json?under=<code>&lang=vi|en — the units open today with their codes,
// so a partner can find the code to embed: the whole tree, or the subtree of one unit. The
// body names every unit, so it carries no unit id and goes stale on any change.
import { subtreeIds, unitKindLabel } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { getHierarchy } from '../services/get-hierarchy.js';
import { isUnitCode } from './evaluate-public-unit.js';
import { langParam, type PublicDeps, type PublicQuery, publicToday } from './public-params.js';
import { jsonResponse, notFoundJson, serveFromCache, unavailableJson } from './public-reply.js';
import type { UnitsBody } from './public-schemas.js';

async function computeUnits(deps: PublicDeps, under: string | null, lang: Lang) {
  const today = publicToday();
  const tree = await getHierarchy(deps.db, today);
  const root = under === null ? null : tree.find((u) => u.code === under);
  if (under !== null && !root) return notFoundJson(lang);
  const ids = root ? subtreeIds(tree, root.id) : null;
  const codeOf = new Map(tree.map((u) => [u.id, u.code]));
  const body: UnitsBody = {
    asOf: today,
    units: tree
      .filter((u) => ids === null || ids.has(u.id))
      .map((u) => ({
        code: u.code,
        name: u.name,
        kind: u.kind,
        kindLabel: unitKindLabel(u.kind)[lang],
        parentCode: u.parentId === null ? null : (codeOf.get(u.parentId) ?? null),
      })),
  };
  return jsonResponse(200, body);
}

export function registerUnitsRoute(app: FastifyInstance, deps: PublicDeps): void {
  app.get<{ Querystring: PublicQuery }>('/public/v1/units.json', (req, reply) => {
    const lang = langParam(req.query);
    const raw = req.query.under;
    // A malformed code names no unit: a 404 without a query, like the other routes.
    const under = typeof raw === 'string' && raw !== '' ? raw : null;
    if (under !== null && !isUnitCode(under)) {
      return serveFromCache(req, reply, deps.cache, `units|bad|${lang}`, async () =>
        notFoundJson(lang),
      );
    }
    return serveFromCache(
      req,
      reply,
      deps.cache,
      `units|${under ?? ''}|${lang}`,
      () => computeUnits(deps, under, lang),
      () => unavailableJson(lang),
    );
  });
}
