import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDateVi,
  isIsoDate,
  parseDateVi,
  todayInVietnam,
} from './dates.js';

describe('todayInVietnam', () => {
  it('is already the next day in Vietnam at 17:30 UTC on New Year’s Eve', () => {
    expect(todayInVietnam(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
  });
  it('switches date exactly at 17:00 UTC (midnight UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

describe('Vietnamese date format', () => {
  it('formats as dd/MM/yyyy', () => {
    expect(formatDateVi('2025-01-10')).toBe('10/01/2025');
  });
  it('parses dd/MM/yyyy and d/M/yyyy', () => {
    expect(parseDateVi('10/01/2025')).toBe('2025-01-10');
    expect(parseDateVi(' 1/7/2025 ')).toBe('2025-07-01');
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
  });
  it('rejects impossible or malformed dates', () => {
    for (const bad of ['31/02/2025', '29/02/2025', '00/01/2025', '10/13/2025', '2025-01-10', '']) {
      expect(parseDateVi(bad)).toBeNull();
    }
  });
  it('round-trips', () => {
    expect(parseDateVi(formatDateVi('2027-12-31'))).toBe('2027-12-31');
  });
  it('refuses to format a non-date', () => {
    expect(() => formatDateVi('2025-02-30')).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-10', -10)).toBe('2024-12-31');
  });
  it('counts days between dates, signed', () => {
    expect(daysBetween('2025-12-01', '2025-12-31')).toBe(30);
    expect(daysBetween('2025-12-31', '2025-12-01')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('recognises ISO dates', () => {
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-1')).toBe(false);
    expect(isIsoDate(20251231)).toBe(false);
  });
});

describe('date properties', () => {
  const arbInstant = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  it('agrees with Intl’s Asia/Ho_Chi_Minh calendar date', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(arbInstant, (instant) => {
        expect(todayInVietnam(instant)).toBe(intl.format(instant));
      }),
    );
  });
  it('round-trips Vietnamese formatting and day arithmetic', () => {
    fc.assert(
      fc.property(arbInstant, fc.integer({ min: -5000, max: 5000 }), (instant, n) => {
        const iso = todayInVietnam(instant);
        expect(parseDateVi(formatDateVi(iso))).toBe(iso);
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
      }),
    );
  });
});
