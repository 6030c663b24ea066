// The public surface for unit and partner websites: badges, compliance, stories, the unit
// list and province roll-ups under /public/v1 (documented at /public/v1/openapi.json and
// /docs/public-api), the widget under /widget, the demo page under /demo. No cookies are read or
// set here, everything is CORS * and cacheable, and answers come from PublicCache, whose
// entries for a unit go stale when that unit's facts change (decision 13). Called from
// buildApp before the SPA's not-found handler.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { registerApiDocsRoutes } from './api-docs-routes.js';
import { registerAppealRoutes } from './appeal-routes.js';
import { registerBadgeRoute } from './badge-route.js';
import { registerComplianceRoute } from './compliance-route.js';
import { PublicCache } from './public-cache.js';
import type { PublicDeps } from './public-params.js';
import { sendPreflight } from './public-reply.js';
import { registerRollupsRoute } from './rollups-route.js';
import { registerStoriesRoute } from './stories-route.js';
import { registerStoryPage } from './story-page.js';
import { registerUnitsRoute } from './units-route.js';
import { registerWidgetRoutes } from './widget-routes.js';

export interface PublicRoutesOptions {
  db: Kysely<Database>;
  config: AppConfig;
}

export async function registerPublicRoutes(
  app: FastifyInstance,
  options: PublicRoutesOptions,
): Promise<PublicCache> {
  // One line a minute at most: in an outage every key would say the same every retry.
  let warnedAt = 0;
  const cache = new PublicCache({
    onStaleServed: (key, err) => {
      if (Date.now() - warnedAt < 60_000) return;
      warnedAt = Date.now();
      app.log.warn({ err, key }, 'public: database unavailable, serving the last good bodies');
    },
  });
  app.decorate('publicCache', cache);
  // The writers name the units they touched; none means "everything" (campaigns, files).
  app.onFactsChanged((unitIds) => cache.invalidate(unitIds));

  const deps: PublicDeps = { db: options.db, cache, publicOrigin: options.config.linkOrigin };
  registerBadgeRoute(app, deps);
  registerComplianceRoute(app, deps);
  registerStoriesRoute(app, deps);
  registerStoryPage(app, deps);
  registerUnitsRoute(app, deps);
  registerRollupsRoute(app, deps);
  registerAppealRoutes(app, deps, options.config);
  registerApiDocsRoutes(app, deps);
  registerWidgetRoutes(app, options.config);
  app.options('/public/*', sendPreflight);
  app.options('/widget/*', sendPreflight);
  return cache;
}

declare module 'fastify' {
  interface FastifyInstance {
    publicCache: PublicCache;
  }
}
