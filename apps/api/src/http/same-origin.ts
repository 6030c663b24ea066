// CSRF defence for every state-changing request. A browser always sends Origin on a
// cross-site POST and cannot add custom headers to a plain form post, so we accept a
// mutation only when its Origin is our own, or, when there is no Origin (non-browser
// clients), when it carries the X-Lantoa-Csrf header.
import type { FastifyRequest } from 'fastify';

export const CSRF_HEADER = 'x-lantoa-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSameOriginRequest(req: FastifyRequest): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  if (origin) {
    const host = req.headers.host;
    if (!host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return typeof req.headers[CSRF_HEADER] === 'string';
}
