// URL search params: filters live in the URL so a view can be shared. Every route's
// validateSearch is in the entry chunk (the route tree), so these are plain functions, not
// zod: zod's core alone is about 13 KB on the wire, too much for the first screen a phone
// loads. A param that does not parse falls back to "absent" rather than failing the page.
import type { INDICATOR_CODES } from '@lantoa/domain';
import { todayInVietnam, yearOf } from '@lantoa/domain';

type IndicatorCode = (typeof INDICATOR_CODES)[number];

// The plan's yearly indicators run 2024–2027 (plan.ts: YEARLY).
export const PLAN_YEARS = [2024, 2025, 2026, 2027] as const;

/** The plan year shown when none is chosen: the year of the day looked at ("Xem theo
 *  ngày"), or this year, within the plan's years. */
export function defaultYear(asOf?: string): number {
  const year = yearOf(asOf ?? todayInVietnam(new Date()));
  return Math.min(Math.max(year, 2024), 2027);
}

/** Reads one search param: the value, or undefined when it is absent or malformed. */
export type SearchParam<T> = (value: unknown) => T | undefined;

/** A route's validateSearch from one reader per param; unknown params are dropped. */
export function searchParams<const S extends Record<string, SearchParam<unknown>>>(shape: S) {
  return (raw: Record<string, unknown>): { [K in keyof S]?: ReturnType<S[K]> } => {
    const out: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(shape)) {
      const value = read(raw[key]);
      if (value !== undefined) out[key] = value;
    }
    return out as { [K in keyof S]?: ReturnType<S[K]> };
  };
}

export const textUpTo =
  (min: number, max: number): SearchParam<string> =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max ? v : undefined;

/** One of a fixed list of strings. */
export const oneOf =
  <const T extends string>(options: readonly T[]): SearchParam<T> =>
  (v) =>
    options.includes(v as T) ? (v as T) : undefined;

export const zYear: SearchParam<number> = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 2022 && v <= 2030 ? v : undefined;
export const zId = textUpTo(1, 100);
/** An indicator code by its shape (CT-01…CT-99), not plan 48's list: an amendment can add
 *  indicators, and the list would put the domain's types module in the first chunk. The
 *  server refuses a code its plan does not have. */
export const zIndicator: SearchParam<IndicatorCode> = (v) =>
  typeof v === 'string' && /^CT-\d{2}$/.test(v) ? (v as IndicatorCode) : undefined;
export const zText = textUpTo(0, 2000);
export const zFlag: SearchParam<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
export const zIsoDay: SearchParam<string> = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
export const zEntity = oneOf(['unit', 'user', 'report', 'story', 'record', 'ambassador']);
