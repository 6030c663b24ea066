// Shared pieces of URL search schemas: filters live in the URL so a view can be shared.
// zod/mini keeps these in the entry chunk without pulling the whole of zod into it.
import { INDICATOR_CODES, todayInVietnam, yearOf } from '@lantoa/domain';
import { z } from 'zod/mini';

// The plan's yearly indicators run 2024–2027 (plan.ts: YEARLY).
export const PLAN_YEARS = [2024, 2025, 2026, 2027] as const;

/** The plan year shown when none is chosen: the year of the day looked at ("Xem theo
 *  ngày"), or this year, within the plan's years. */
export function defaultYear(asOf?: string): number {
  const year = yearOf(asOf ?? todayInVietnam(new Date()));
  return Math.min(Math.max(year, 2024), 2027);
}

/** An optional search param that falls back to "absent" rather than failing the page. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

export const zYear = lenient(z.number().check(z.int(), z.minimum(2022), z.maximum(2030)));
export const zId = lenient(z.string().check(z.minLength(1), z.maxLength(100)));
export const zIndicator = lenient(z.enum(INDICATOR_CODES));
export const zText = lenient(z.string().check(z.maxLength(2000)));
export const zFlag = lenient(z.boolean());
export const zIsoDay = lenient(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
export const zEntity = lenient(z.enum(['unit', 'user', 'report', 'story', 'record', 'ambassador']));
export { z };
