import { describe, expect, it } from 'vitest';
import {
  clockToMinute,
  digestWeekOf,
  isQuiet,
  DEFAULT_QUIET_HOURS as QUIET,
  releaseAfterQuietHours,
} from './quiet-hours.js';

// Vietnam is UTC+7: 23:59 there on 15/06 is 16:59Z on 15/06.
const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe('quiet hours, 21:00–07:00 Vietnam time by default', () => {
  it('a notice at 23:59 waits for 07:00 the next morning', () => {
    expect(releaseAfterQuietHours(vn('2026-06-15T23:59:30'), QUIET)).toEqual(
      vn('2026-06-16T07:00:00'),
    );
  });
  it('starts at 21:00 sharp and ends at 07:00 sharp', () => {
    expect(isQuiet(vn('2026-06-15T20:59:59'), QUIET)).toBe(false);
    expect(isQuiet(vn('2026-06-15T21:00:00'), QUIET)).toBe(true);
    expect(isQuiet(vn('2026-06-16T06:59:59'), QUIET)).toBe(true);
    expect(isQuiet(vn('2026-06-16T07:00:00'), QUIET)).toBe(false);
  });
  it('after midnight waits only until 07:00 the same day; outside, goes at once', () => {
    expect(releaseAfterQuietHours(vn('2026-06-16T00:10:00'), QUIET)).toEqual(
      vn('2026-06-16T07:00:00'),
    );
    const noon = vn('2026-06-16T12:00:00');
    expect(releaseAfterQuietHours(noon, QUIET)).toBe(noon);
  });
  it('does not depend on the host’s time zone: 21:00 Vietnam is 14:00 UTC', () => {
    expect(isQuiet(new Date('2026-06-15T14:00:00Z'), QUIET)).toBe(true);
    expect(isQuiet(new Date('2026-06-15T13:59:00Z'), QUIET)).toBe(false);
  });
  it('honours a daytime window and an empty one', () => {
    const lunch = {
      startMinute: clockToMinute('11:30') ?? 0,
      endMinute: clockToMinute('13:30') ?? 0,
    };
    expect(releaseAfterQuietHours(vn('2026-06-16T12:00:00'), lunch)).toEqual(
      vn('2026-06-16T13:30:00'),
    );
    expect(isQuiet(vn('2026-06-16T23:00:00'), { startMinute: 0, endMinute: 0 })).toBe(false);
  });
});

describe('the weekly digest: Monday 07:30 Vietnam time', () => {
  it('is due on Monday from 07:30, keyed by that Monday', () => {
    // 15/06/2026 is a Monday.
    expect(digestWeekOf(vn('2026-06-15T07:29:59'))).toBeNull();
    expect(digestWeekOf(vn('2026-06-15T07:30:00'))).toBe('2026-06-15');
    expect(digestWeekOf(vn('2026-06-15T23:59:00'))).toBe('2026-06-15');
  });
  it('is not due on other days, even when UTC is still Monday', () => {
    expect(digestWeekOf(vn('2026-06-16T08:00:00'))).toBeNull();
    expect(digestWeekOf(vn('2026-06-14T08:00:00'))).toBeNull();
    // 17:30Z Monday is already Tuesday 00:30 in Vietnam.
    expect(digestWeekOf(new Date('2026-06-15T17:30:00Z'))).toBeNull();
  });
});
