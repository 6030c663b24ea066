// A search box's words folded for units.search (decision 38): lower-case, without
// diacritics, đ as d, as the domain's `foldVietnamese` (the browser's fold) does. Unit names
// and codes are folded the same way by the database when written (`lantoa_fold`, migration
// 0030), so "rach gia" finds "Rạch Giá" on PostgreSQL and PGlite alike, whatever the locale.
import { foldVietnamese } from '@lantoa/domain';

/** The letters `lantoa_fold` maps (A–Z and the Latin letters with diacritics), each with
 *  what `foldVietnamese` makes of it: what the migration's map must agree with. */
export function foldedLetters(): [string, string][] {
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x1ea0, 0x1ef9],
  ];
  const letters: [string, string][] = [];
  for (const [first, last] of ranges)
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldVietnamese(ch);
      if (folded !== ch && /^[a-z]$/.test(folded)) letters.push([ch, folded]);
    }
  return letters;
}

/** A search box's words folded as names are, spaces collapsed. */
export const foldNeedle = (text: string) =>
  foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
