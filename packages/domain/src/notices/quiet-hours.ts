// Quiet hours and the weekly digest's moment, in Vietnam time. Asia/Ho_Chi_Minh is UTC+7
// with no daylight saving, so the arithmetic is exact without a time-zone library.
import { todayInVietnam } from '../dates.js';
import type { IsoDate } from '../types.js';

const MINUTE_MS = 60_000;
const VIETNAM_OFFSET_MIN = 7 * 60;
const DAY_MIN = 24 * 60;

/** Minutes after midnight, Vietnam time: 21:00 is 1260. */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startMinute: 21 * 60, endMinute: 7 * 60 };

const minuteOfDayInVietnam = (at: Date) =>
  (((Math.floor(at.getTime() / MINUTE_MS) + VIETNAM_OFFSET_MIN) % DAY_MIN) + DAY_MIN) % DAY_MIN;

export function isQuiet(at: Date, quiet: QuietHours): boolean {
  const m = minuteOfDayInVietnam(at);
  const { startMinute: s, endMinute: e } = quiet;
  if (s === e) return false;
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** When a notice falling at `at` may go out: `at` itself, or the end of the quiet hours
 *  it falls in (a notice at 23:59 waits for 07:00 the next morning). */
export function releaseAfterQuietHours(at: Date, quiet: QuietHours): Date {
  if (!isQuiet(at, quiet)) return at;
  const m = minuteOfDayInVietnam(at);
  const wait = (quiet.endMinute - m + DAY_MIN) % DAY_MIN;
  const startOfMinute = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(startOfMinute + wait * MINUTE_MS);
}

/** '21:00' ↔ 1260, for forms. */
export const minuteToClock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
export function clockToMinute(clock: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const DIGEST_MINUTE = 7 * 60 + 30;

/** The Monday whose digest is due at `at` (a Monday from 07:30, Vietnam time), as its
 *  date: the digest's once-only period. Null on any other day or before 07:30. */
export function digestWeekOf(at: Date): IsoDate | null {
  const today = todayInVietnam(at);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday … 1 Monday
  if (weekday !== 1 || minuteOfDayInVietnam(at) < DIGEST_MINUTE) return null;
  return today;
}
