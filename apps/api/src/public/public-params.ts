// Query parameters of the public routes, normalised so that equivalent URLs share one
// cache entry and nothing unexpected (arrays, huge numbers) reaches a query.
import { INDICATOR_CODES, type IndicatorCode } from '@lantoa/domain';
import type { Lang } from '../http/lang.js';

export interface PublicDeps {
  db: import('kysely').Kysely<import('../db/schema.js').Database>;
  cache: import('./public-cache.js').PublicCache;
  /** Origin used in story permalinks; the request's own origin when unset. */
  publicOrigin: string | undefined;
}

export type PublicQuery = Record<string, string | string[] | undefined>;

export function langParam(query: PublicQuery): Lang {
  return query.lang === 'en' ? 'en' : 'vi';
}

export function indicatorParam(query: PublicQuery): IndicatorCode | null {
  const value = typeof query.indicator === 'string' ? query.indicator.toUpperCase() : '';
  return (INDICATOR_CODES as readonly string[]).includes(value) ? (value as IndicatorCode) : null;
}

export const STORY_LIMIT = { min: 1, max: 12, default: 3 } as const;

export function limitParam(query: PublicQuery): number {
  const value = typeof query.limit === 'string' ? Number.parseInt(query.limit, 10) : Number.NaN;
  if (!Number.isFinite(value)) return STORY_LIMIT.default;
  return Math.min(STORY_LIMIT.max, Math.max(STORY_LIMIT.min, value));
}

const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin this request reached, for permalinks when PUBLIC_ORIGIN is not set. */
export function requestOrigin(req: { protocol: string; host: string }): string {
  const host = HOST.test(req.host) ? req.host : 'localhost';
  return `${req.protocol}://${host}`;
}

export function notFoundMessage(lang: Lang): string {
  return lang === 'en' ? 'Unit not found' : 'Không tìm thấy đơn vị';
}
