// Query parameters of the public routes, normalised so that equivalent URLs share one
// cache entry and nothing unexpected (arrays, huge numbers) reaches a query.
import {
  type IndicatorCode,
  type IsoDate,
  isIsoDate,
  isSafeLine,
  todayInVietnam,
} from '@lantoa/domain';
import type { Lang } from '../http/lang.js';
import { readQuery, ZIndicatorCode, ZLang, ZRollupYear, ZStoryLimit } from './public-schemas.js';

export interface PublicDeps {
  db: import('kysely').Kysely<import('../db/schema.js').Database>;
  cache: import('./public-cache.js').PublicCache;
  /** Origin of story permalinks: PUBLIC_ORIGIN, or in demo mode the listening origin;
   *  never the Host header, which a client chooses and a public cache would keep. */
  publicOrigin: string;
}

export type PublicQuery = Record<string, string | string[] | undefined>;

export function langParam(query: PublicQuery): Lang {
  return readQuery(ZLang, query.lang, 'vi');
}

export function indicatorParam(query: PublicQuery): IndicatorCode | null {
  const value = typeof query.indicator === 'string' ? query.indicator.toUpperCase() : '';
  return readQuery(ZIndicatorCode.nullable(), value, null);
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

/** Out-of-range limits are brought within 1–12 (partners' pages asking for 20 still work). */
export function limitParam(query: PublicQuery): number {
  const value = typeof query.limit === 'string' ? Number.parseInt(query.limit, 10) : Number.NaN;
  if (!Number.isFinite(value)) return STORY_LIMIT.default;
  const clamped = Math.min(STORY_LIMIT.max, Math.max(STORY_LIMIT.min, value));
  return readQuery(ZStoryLimit, clamped, STORY_LIMIT.default);
}

/** A year for roll-ups: whole, within the plan's reach; anything else is the current one. */
export function yearParam(query: PublicQuery, currentYear: number): number {
  const value = typeof query.year === 'string' ? Number(query.year) : Number.NaN;
  return readQuery(ZRollupYear, value, currentYear);
}

export function notFoundMessage(lang: Lang): string {
  return lang === 'en' ? 'Unit not found' : 'Không tìm thấy đơn vị';
}

/** The first day a public view may be asked for: the start of the plan's 2022–2027 term. */
export const PUBLIC_AS_OF_FROM = '2022-01-01';

/**
 * `?asOf=yyyy-MM-dd` (decision 19): absent, today; a calendar date from the start of the term
 * to today, that day; anything else (a malformed or future date, several values) is refused
 * before any query. `cacheSuffix` is empty for today, so `?asOf=<today>` and no parameter
 * share one cache entry, and an earlier day gets an entry of its own.
 */
export function asOfParam(
  query: PublicQuery,
  today: IsoDate,
): { asOf: IsoDate; cacheSuffix: string } | null {
  const value = query.asOf;
  if (value === undefined) return { asOf: today, cacheSuffix: '' };
  if (typeof value !== 'string' || !isIsoDate(value)) return null;
  if (value < PUBLIC_AS_OF_FROM || value > today) return null;
  return { asOf: value, cacheSuffix: value === today ? '' : `|asOf=${value}` };
}

export function badAsOfMessage(lang: Lang): string {
  return lang === 'en'
    ? `asOf must be a date (yyyy-MM-dd) from ${PUBLIC_AS_OF_FROM} to today`
    : `asOf phải là một ngày (yyyy-MM-dd) từ ${PUBLIC_AS_OF_FROM} đến hôm nay`;
}

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
let today = { value: '' as IsoDate, from: 0, until: 0 };

/** Today in Vietnam, worked out once a day rather than on every cached hit: the badge and
 *  JSON endpoints answer tens of thousands of requests a second from memory, and a date
 *  string built per request was a measurable share of that (docs/benchmarks.md). */
export function publicToday(now = Date.now()): IsoDate {
  if (now < today.from || now >= today.until) {
    const from = now - ((now + VIETNAM_OFFSET_MS) % DAY_MS);
    today = { value: todayInVietnam(new Date(now)), from, until: from + DAY_MS };
  }
  return today.value;
}
