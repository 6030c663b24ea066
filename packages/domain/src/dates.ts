// Calendar-date helpers for ISO dates ('2025-12-31') in Vietnam's time zone.
// Plain arithmetic on UTC midnights keeps this browser-safe and independent of the host's zone.

import type { IsoDate } from './types.js';

export { todayInVietnam, yearOf } from './today.js';

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over into March; a round trip catches impossible dates.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar date written yyyy-MM-dd. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

function toUtcMs(iso: IsoDate): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return Date.parse(`${iso}T00:00:00Z`);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** '2025-01-10' → '10/01/2025', the way Vietnamese documents write dates. */
export function formatDateVi(iso: IsoDate): string {
  toUtcMs(iso);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** '10/01/2025' (or '10/1/2025') → '2025-01-10'; null for malformed or impossible dates. */
export function parseDateVi(text: string): IsoDate | null {
  const m = VI_RE.exec(text.trim());
  if (!m) return null;
  return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
