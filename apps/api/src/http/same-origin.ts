// CSRF defence for every state-changing request. A browser always sends Origin on a
// cross-site POST and cannot add custom headers to a plain form post, so we accept a
// mutation only when its Origin is our own, or, when there is no Origin (non-browser
// clients), when it carries the X-Lantoa-Csrf header. "Our own" is the whole origin,
// scheme included (decision 8): PUBLIC_ORIGIN when set, else the origin this request
// reached (trustProxy is off, so its scheme is the socket's).
import type { FastifyRequest } from 'fastify';

export const CSRF_HEADER = 'x-lantoa-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigin(req: FastifyRequest): string | null {
  const host = req.headers.host;
  if (!host) return null;
  try {
    return new URL(`${req.protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The public forms (pledges, registrations) are posted from partners' pages by design.
 *  They read no cookie and act for no account, so there is nothing to forge; their own
 *  guards (form-guard.ts) stand in. Nothing else under /public takes a POST. */
const PUBLIC_FORM_POST =
  /^\/public\/v1\/(?:appeals\/[^/?]+\/pledges|drives\/[^/?]+\/registrations)(?:\?|$)/;

export function isSameOriginRequest(req: FastifyRequest, publicOrigin?: string): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  if (req.method === 'POST' && PUBLIC_FORM_POST.test(req.url)) return true;
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  if (origin) {
    const expected = publicOrigin ?? ownOrigin(req);
    return expected !== null && origin.toLowerCase() === expected;
  }
  return typeof req.headers[CSRF_HEADER] === 'string';
}
