// Today's date in Vietnam, and a date's year, in a module of their own: the admin app's first
// chunk needs only these (its routes' default year), and bundlers place code by module, so
// the rest of dates.ts can load with the screens that use it (issue 14, first-route budget).
import type { IsoDate } from './types.js';

// Asia/Ho_Chi_Minh has been UTC+7 without DST since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam at an instant: 2025-12-31T17:30Z is already 2026-01-01 there. */
export function todayInVietnam(instant: Date): IsoDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
