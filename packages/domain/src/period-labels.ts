// A period in words, Vietnamese first: report and evaluation keys ("by-2025", "2026",
// "2022-2027") are stored codes, and a cadre reading "Kỳ by-2025" cannot tell what is owed.
import { formatDateVi } from './dates.js';
import type { Bilingual, IsoDate } from './types.js';

/**
 * "Hạn 31/12/2025" / "Năm 2026" / "Nhiệm kỳ 2022–2027". A deadline's words need its due
 * date (an amendment may move it); without one they name the planned year only.
 */
export function periodLabel(key: string, due?: IsoDate): Bilingual {
  const deadline = /^by-(\d{4})$/.exec(key);
  if (deadline) {
    return due
      ? { vi: `Hạn ${formatDateVi(due)}`, en: `Due ${formatDateVi(due)}` }
      : { vi: `Hạn trong năm ${deadline[1]}`, en: `Due in ${deadline[1]}` };
  }
  const term = /^(\d{4})-(\d{4})$/.exec(key);
  if (term) return { vi: `Nhiệm kỳ ${term[1]}–${term[2]}`, en: `Term ${term[1]}–${term[2]}` };
  if (/^\d{4}$/.test(key)) return { vi: `Năm ${key}`, en: `Year ${key}` };
  // Not a key the plan makes: show it as stored rather than hide it.
  return { vi: `Kỳ ${key}`, en: `Period ${key}` };
}

/** The period and, unless its words already are the deadline, " · Hạn dd/MM/yyyy". */
export function periodWithDue(key: string, due: IsoDate): Bilingual {
  const words = periodLabel(key, due);
  if (key.startsWith('by-')) return words;
  return {
    vi: `${words.vi} · Hạn ${formatDateVi(due)}`,
    en: `${words.en} · Due ${formatDateVi(due)}`,
  };
}
