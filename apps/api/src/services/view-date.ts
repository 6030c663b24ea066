// The day a year's compliance view is seen as of.
import type { IsoDate } from '@lantoa/domain';

/**
 * A past year is seen as it stood on its last day (so the progress chart shows each
 * year's own figures); the current and future years as of today; an explicit date wins.
 */
export function asOfFor(
  input: { asOf?: string | undefined; year?: number | undefined } | undefined,
  today: IsoDate,
): IsoDate {
  if (input?.asOf) return input.asOf;
  const yearEnd = input?.year ? `${input.year}-12-31` : today;
  return yearEnd < today ? yearEnd : today;
}
