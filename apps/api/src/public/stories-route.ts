// GET /public/v1/units/:code/stories.json?limit=1..12&lang=vi|en — published stories only.
import { todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../http/lang.js';
import { findPublicUnit } from './evaluate-public-unit.js';
import { listPublicStories } from './list-public-stories.js';
import { langParam, limitParam, type PublicDeps, type PublicQuery } from './public-params.js';
import { jsonResponse, notFoundJson, serveFromCache, unavailableJson } from './public-reply.js';
import type { StoriesBody } from './public-schemas.js';

interface StoriesRequest {
  code: string;
  limit: number;
  lang: Lang;
  origin: string;
}

async function computeStories(deps: PublicDeps, request: StoriesRequest) {
  const now = new Date();
  const unit = await findPublicUnit(deps.db, request.code, todayInVietnam(now));
  if (!unit) return notFoundJson(request.lang);
  const stories = await listPublicStories(deps.db, {
    unitId: unit.id,
    limit: request.limit,
    now,
    origin: request.origin,
  });
  const body: StoriesBody = { unit: { code: unit.code, name: unit.name }, stories };
  return jsonResponse(200, body, unit.id);
}

export function registerStoriesRoute(app: FastifyInstance, deps: PublicDeps): void {
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/units/:code/stories.json',
    (req, reply) => {
      const request: StoriesRequest = {
        code: req.params.code,
        limit: limitParam(req.query),
        lang: langParam(req.query),
        origin: deps.publicOrigin,
      };
      const key = `stories|${request.code}|${request.limit}|${request.lang}|${request.origin}`;
      return serveFromCache(
        req,
        reply,
        deps.cache,
        key,
        () => computeStories(deps, request),
        () => unavailableJson(request.lang),
      );
    },
  );
}
