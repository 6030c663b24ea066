// The public hot path (decision 36): a GET whose exact URL a public route answered earlier
// today, and whose cached body is still fresh, is answered here, before Fastify parses,
// routes and hooks the request. The badge and the compliance JSON are embedded on partner
// pages and asked for far more often than anything else; through Fastify a cached hit cost
// about twice a bare Node server's work, against a budget of 70% of bare Node's throughput
// (docs/benchmarks.md). Everything else, and every miss, stale entry or refresh, goes to
// Fastify and the route, which also teaches the cache which key a URL means
// (PublicCache.rememberUrl), so both paths send the same bytes and headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';
import { SECURITY_HEADERS } from '../http/security-headers.js';
import type { CachedResponse, PublicCache } from './public-cache.js';
import { pickForm } from './public-reply.js';

const PUBLIC_PREFIX = '/public/';

type Form = Pick<CachedResponse, 'headers' | 'body'>;

/** Headers of one form of a cached body, with the security headers every answer carries,
 *  merged once per form rather than per request: with its length for a 200, without for a
 *  304 (which sends no body). */
const wireHeaders = new WeakMap<
  Form,
  { full: Record<string, string>; notModified: Record<string, string> }
>();

function headersOf(form: Form, status: number): Record<string, string> {
  let headers = wireHeaders.get(form);
  if (headers === undefined) {
    const notModified = { ...SECURITY_HEADERS, ...form.headers };
    headers = { notModified, full: { ...notModified, 'content-length': String(form.body.length) } };
    wireHeaders.set(form, headers);
  }
  return status === 304 ? headers.notModified : headers.full;
}

/** Answers a fresh cached public GET, or returns false for Fastify to handle. */
export function answerFromPublicCache(
  cache: PublicCache | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const url = req.url;
  if (cache === undefined || req.method !== 'GET' || !url?.startsWith(PUBLIC_PREFIX)) {
    return false;
  }
  const response = cache.peekUrl(url);
  if (response === undefined) return false;
  const { form, status } = pickForm(response, req.headers);
  res.writeHead(status, headersOf(form, status));
  res.end(status === 304 ? undefined : form.body);
  return true;
}

/**
 * Fastify's own HTTP/1 server, with the hot path in front. `publicCache` is read per
 * request: the cache is made when the public routes register, after the server exists.
 */
export function publicServerFactory(publicCache: () => PublicCache | undefined) {
  const factory: FastifyServerFactory = (handler, options) => {
    const server = createServer(options.http ?? {}, (req, res) => {
      if (!answerFromPublicCache(publicCache(), req, res)) handler(req, res);
    });
    // What Fastify sets on the server it would have made (fastify/lib/server.js).
    const { keepAliveTimeout, requestTimeout, connectionTimeout, maxRequestsPerSocket } = options;
    if (typeof keepAliveTimeout === 'number') server.keepAliveTimeout = keepAliveTimeout;
    if (typeof requestTimeout === 'number') server.requestTimeout = requestTimeout;
    if (typeof connectionTimeout === 'number') server.setTimeout(connectionTimeout);
    if (typeof maxRequestsPerSocket === 'number' && maxRequestsPerSocket > 0) {
      server.maxRequestsPerSocket = maxRequestsPerSocket;
    }
    return server;
  };
  return factory;
}
