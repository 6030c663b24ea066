// Query parameters of the public routes, normalised so that equivalent URLs share one
// cache entry and nothing unexpected (arrays, huge numbers) reaches a query.
import { INDICATOR_CODES, type IndicatorCode, isSafeLine } from '@lantoa/domain';
import type { Lang } from '../http/lang.js';

export interface PublicDeps {
  db: import('kysely').Kysely<import('../db/schema.js').Database>;
  cache: import('./public-cache.js').PublicCache;
  /** Origin of story permalinks: PUBLIC_ORIGIN, or in demo mode the listening origin;
   *  never the Host header, which a client chooses and a public cache would keep. */
  publicOrigin: string;
}

export type PublicQuery = Record<string, string | string[] | undefined>;

export function langParam(query: PublicQuery): Lang {
  return query.lang === 'en' ? 'en' : 'vi';
}

export function indicatorParam(query: PublicQuery): IndicatorCode | null {
  const value = typeof query.indicator === 'string' ? query.indicator.toUpperCase() : '';
  return (INDICATOR_CODES as readonly string[]).includes(value) ? (value as IndicatorCode) : null;
}

/**
 * A path segment (unit code, story slug) that could name something, or null. A U+0000 or a
 * lone surrogate would fail inside PostgreSQL (a 500), and nothing stored is longer than
 * 200 characters, so such a segment answers 404 without a query.
 */
export function pathParam(value: string): string | null {
  return value.length <= 200 && isSafeLine(value) ? value : null;
}

export const STORY_LIMIT = { min: 1, max: 12, default: 3 } as const;

export function limitParam(query: PublicQuery): number {
  const value = typeof query.limit === 'string' ? Number.parseInt(query.limit, 10) : Number.NaN;
  if (!Number.isFinite(value)) return STORY_LIMIT.default;
  return Math.min(STORY_LIMIT.max, Math.max(STORY_LIMIT.min, value));
}

export function notFoundMessage(lang: Lang): string {
  return lang === 'en' ? 'Unit not found' : 'Không tìm thấy đơn vị';
}
