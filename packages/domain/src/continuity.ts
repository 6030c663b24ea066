// What became of a closed unit, in one wording for the admin page and the public badge
// and JSON: a badge embedded on a former district's website keeps saying where it went.
import { formatDateVi } from './dates.js';
import type { Bilingual, IsoDate } from './types.js';

export interface Closure {
  /** The first day the unit no longer exists. */
  closedOn: IsoDate;
  /** The unit it was merged into; null when it was dissolved without one. */
  successor: { name: string } | null;
}

export function closureMessage(closure: Closure): Bilingual {
  const on = formatDateVi(closure.closedOn);
  if (closure.successor) {
    const name = closure.successor.name;
    return { vi: `Đã sáp nhập vào ${name} từ ${on}`, en: `Merged into ${name} on ${on}` };
  }
  return { vi: `Đã giải thể từ ${on}`, en: `Dissolved on ${on}` };
}
