// Serves the built admin SPA at /, the widget at /widget/v1/, and the partner demo page.
// Directories default to the workspace's build output; each is skipped when not built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { SERVER_PATH } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';
import { ADMIN_CSP } from './security-headers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export async function registerStaticRoutes(app: FastifyInstance, config: AppConfig) {
  const adminDir = config.adminDistDir ?? path.join(repoRoot, 'apps/admin/dist');
  if (!existsSync(path.join(adminDir, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: adminDir,
    prefix: '/',
    wildcard: false,
    index: false,
    // The build wrote .br and .gz twins (apps/admin/vite-precompress.ts): the one the
    // browser accepts is sent as is, with Vary: Accept-Encoding.
    preCompressed: true,
    setHeaders(res, filePath) {
      res.header('Content-Security-Policy', ADMIN_CSP);
      // Vite names assets by content hash: they never change, cache them for a year.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        res.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  // Client-side routes (/units/kg, /review ...) all load the SPA shell.
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' || SERVER_PATH.test(req.url)) {
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } });
    }
    reply.header('Content-Security-Policy', ADMIN_CSP);
    reply.header('Cache-Control', 'no-cache');
    return reply.type('text/html').sendFile('index.html');
  });
}
