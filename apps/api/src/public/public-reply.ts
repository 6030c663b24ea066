// Response plumbing shared by every public route: the fixed CORS/CORP/caching headers,
// strong ETags over the body, and 304 answers to a matching If-None-Match. Headers are
// built once per cached body so a cache hit does no string work beyond the ETag compare.
// When the database cannot be reached and no body was ever cached for a request, the
// answer is a 503 that says when to retry (the last good bodies keep being served).
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database-errors.js';
import { RETRY_AFTER_SECONDS, serviceUnavailable } from '../errors.js';
import type { Lang } from '../http/lang.js';
import { type EncodingEffort, encodeForms, pickCoding } from './content-encoding.js';
import type { CachedResponse, PublicCache } from './public-cache.js';
import { notFoundMessage } from './public-params.js';

export const SVG_TYPE = 'image/svg+xml; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
export const JS_TYPE = 'text/javascript; charset=utf-8';
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Readable from any site, without credentials; embeddable as an image or script anywhere. */
export const CROSS_ORIGIN_HEADERS = {
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
} as const;

export function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

export function toCachedResponse(options: {
  status: number;
  body: string | Buffer;
  contentType: string;
  cacheControl?: string;
  /** The unit whose data the body shows (see CachedResponse.unitId). */
  unitId?: string | undefined;
  /** How hard to compress: 'build' for bodies made once per build (default 'runtime'). */
  effort?: EncodingEffort;
}): CachedResponse {
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
  const etag = strongEtag(body);
  const headers = {
    ...CROSS_ORIGIN_HEADERS,
    'content-type': options.contentType,
    'cache-control': options.cacheControl ?? PUBLIC_CACHE_CONTROL,
    etag,
  };
  const varied = { ...headers, vary: 'Accept-Encoding' };
  const forms = encodeForms(body, etag, varied, options.effort ?? 'runtime');
  return {
    status: options.status,
    body,
    etag,
    unitId: options.unitId,
    headers: forms ? varied : headers,
    forms,
  };
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The form of a cached response this client takes (br, gzip or as is), or a 304 for it. */
export function pickForm(response: CachedResponse, headers: IncomingHttpHeaders) {
  const coding = response.forms ? pickCoding(headers['accept-encoding']) : null;
  const form = coding && response.forms ? response.forms[coding] : response;
  const isNotModified = response.status === 200 && matchesEtag(headers['if-none-match'], form.etag);
  return { form, status: isNotModified ? 304 : response.status };
}

export function sendCached(req: FastifyRequest, reply: FastifyReply, response: CachedResponse) {
  const { form, status } = pickForm(response, req.headers);
  reply.headers(form.headers);
  return status === 304 ? reply.code(304).send() : reply.code(status).send(form.body);
}

export function sendPreflight(_req: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(204)
    .headers({
      ...CROSS_ORIGIN_HEADERS,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match, Accept, Accept-Language',
      'access-control-max-age': '86400',
    })
    .send();
}

/** Never cached, by us or anyone: it says when to ask again. */
export function unavailableResponse(body: string, contentType: string): CachedResponse {
  const bytes = Buffer.from(body);
  return {
    status: 503,
    body: bytes,
    etag: '',
    headers: {
      ...CROSS_ORIGIN_HEADERS,
      'content-type': contentType,
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS),
    },
  };
}

/** The API's own SERVICE_UNAVAILABLE error, in the language the request asked for. */
export function unavailableJson(lang: Lang): CachedResponse {
  const { code, messages } = serviceUnavailable();
  const error = { code, message: messages[lang] };
  return unavailableResponse(JSON.stringify({ error }), JSON_TYPE);
}

/** For routes that name no other form: both languages, Vietnamese first. */
function unavailableText(): CachedResponse {
  const { messages } = serviceUnavailable();
  return unavailableResponse(`${messages.vi}\n${messages.en}\n`, 'text/plain; charset=utf-8');
}

/**
 * A hit answers synchronously; a miss or a stale entry computes once (concurrent requests
 * share it, or get the previous body while it runs). If that fails, the last good body
 * answers; with none, an unreachable database gives `unavailable()` (503, Retry-After)
 * and anything else the app's generic 500.
 */
export function serveFromCache(
  req: FastifyRequest,
  reply: FastifyReply,
  cache: PublicCache,
  key: string,
  compute: () => Promise<CachedResponse>,
  unavailable: () => CachedResponse = unavailableText,
) {
  if (req.raw.url !== undefined) cache.rememberUrl(req.raw.url, key);
  const hit = cache.peek(key) ?? cache.peekRefreshing(key);
  if (hit) return sendCached(req, reply, hit);
  return cache.fill(key, compute).then(
    (response) => sendCached(req, reply, response),
    (error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      return sendCached(req, reply, unavailable());
    },
  );
}

export function jsonResponse(status: number, value: unknown, unitId?: string): CachedResponse {
  return toCachedResponse({ status, body: JSON.stringify(value), contentType: JSON_TYPE, unitId });
}

export function notFoundJson(lang: Lang): CachedResponse {
  return jsonResponse(404, { error: { code: 'NOT_FOUND', message: notFoundMessage(lang) } });
}
