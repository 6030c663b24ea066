// What became of a closed unit, in one wording for the admin page and the public badge
// and JSON: a badge embedded on a former district's website keeps saying where it went.
import { formatDateVi } from './dates.js';
import type { Bilingual, IsoDate } from './types.js';

export interface Closure {
  /** The first day the unit no longer exists. */
  closedOn: IsoDate;
  /** The unit it was merged into (its principal successor); null when it was dissolved. */
  successor: { name: string } | null;
  /** Every successor, principal first, when it was split among several (decision 19). */
  successors?: readonly { name: string }[] | undefined;
}

export function closureMessage(closure: Closure): Bilingual {
  const on = formatDateVi(closure.closedOn);
  const others = (closure.successors?.length ?? 0) - 1;
  if (closure.successor && others > 0) {
    // Short enough for a badge; the page and the JSON list every successor.
    const name = closure.successor.name;
    return {
      vi: `Đã chia thành ${name} và ${others} đơn vị khác từ ${on}`,
      en: `Split into ${name} and ${others} other unit${others > 1 ? 's' : ''} on ${on}`,
    };
  }
  if (closure.successor) {
    const name = closure.successor.name;
    return { vi: `Đã sáp nhập vào ${name} từ ${on}`, en: `Merged into ${name} on ${on}` };
  }
  return { vi: `Đã giải thể từ ${on}`, en: `Dissolved on ${on}` };
}
