// Hosts the built widget and the partner demo page. /widget/v1/lantoa.js always serves the
// current build (short max-age, revalidated by ETag); /widget/v<version>/lantoa.js serves
// the same bytes as immutable, for pages that pin them with Subresource Integrity. The demo
// page gets the strict CSP a careful partner would use, to prove the widget runs under it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';
import type { CachedResponse } from './public-cache.js';
import { JS_TYPE, notFoundJson, sendCached, toCachedResponse } from './public-reply.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const DEMO_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const DEMO_FILE = /^[a-z0-9-]+\.(?:html|css)$/;
const WIDGET_FILES = new Set(['lantoa.js', 'lantoa-appeal.js', 'lantoa-register.js']);

interface WidgetBuild {
  version: string;
  current: CachedResponse;
  pinned: CachedResponse;
}

/** The version in the bundle's banner ("/*! Lan Tỏa widget v1.0.0 *\/"): the bytes decide. */
function readWidget(distDir: string, name: string): WidgetBuild | null {
  const file = path.join(distDir, name);
  if (!existsSync(file)) return null;
  const body = readFileSync(file);
  const banner = /widget v(\d+\.\d+\.\d+)/.exec(body.subarray(0, 200).toString('utf8'));
  const version =
    banner?.[1] ??
    JSON.parse(readFileSync(path.join(repoRoot, 'packages/widget/package.json'), 'utf8')).version;
  const cached = (cacheControl: string) =>
    toCachedResponse({ status: 200, body, contentType: JS_TYPE, cacheControl, effort: 'build' });
  return {
    version,
    current: cached('public, max-age=300'),
    pinned: cached('public, max-age=31536000, immutable'),
  };
}

export function registerWidgetRoutes(app: FastifyInstance, config: AppConfig): void {
  const distDir = config.widgetDistDir ?? path.join(repoRoot, 'packages/widget/dist');
  const demoDir = config.demoPagesDir ?? path.join(repoRoot, 'packages/widget/demo');
  // Read on first use, not at start: turbo may still be building the widget.
  const builds = new Map<string, WidgetBuild | null>();

  // lantoa.js (badge, stories), lantoa-appeal.js and lantoa-register.js each load on their
  // own (decisions 26, 28).
  app.get<{ Params: { version: string; file: string } }>('/widget/:version/:file', (req, reply) => {
    const { version, file } = req.params;
    if (!WIDGET_FILES.has(file)) return sendCached(req, reply, notFoundJson('vi'));
    let build = builds.get(file) ?? null;
    if (!build) {
      build = readWidget(distDir, file);
      builds.set(file, build);
    }
    const response =
      build && version === 'v1'
        ? build.current
        : build && version === `v${build.version}`
          ? build.pinned
          : notFoundJson('vi');
    return sendCached(req, reply, response);
  });

  app.get<{ Params: { file: string } }>('/demo/:file', (req, reply) => {
    const { file } = req.params;
    const full = path.join(demoDir, file);
    if (!DEMO_FILE.test(file) || !existsSync(full))
      return sendCached(req, reply, notFoundJson('vi'));
    // Read each time (it is a demo page, edited while the server runs), compressed like
    // every other text a phone downloads here.
    const response = toCachedResponse({
      status: 200,
      body: readFileSync(full),
      contentType: DEMO_TYPES[path.extname(file)] as string,
      cacheControl: 'no-cache',
    });
    reply.header('content-security-policy', DEMO_CSP);
    return sendCached(req, reply, response);
  });
}
