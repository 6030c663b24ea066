// Vietnamese folded for a search box, in SQL: the letters with diacritics (and A–Z) are
// translated to plain lower-case a–z by `translate`, which both engines have and which does
// not depend on the database's locale (PGlite's C locale lowers ASCII only), so "rach gia"
// finds "Rạch Giá" on PGlite and PostgreSQL alike. The map is built from the domain's
// `foldVietnamese`, the browser's fold, so both sides agree on what a letter folds to.
import { foldVietnamese } from '@lantoa/domain';
import { type RawBuilder, sql } from 'kysely';

function foldMap(): { from: string; to: string } {
  let from = '';
  let to = '';
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x1ea0, 0x1ef9],
  ];
  for (const [first, last] of ranges)
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldVietnamese(ch);
      if (folded !== ch && /^[a-z]$/.test(folded)) {
        from += ch;
        to += folded;
      }
    }
  return { from, to };
}

const FOLD = foldMap();

/** `text` (an SQL string) folded: lower-case, without diacritics, đ as d. */
export const foldedSql = (text: RawBuilder<unknown>): RawBuilder<string> =>
  sql<string>`translate(normalize(${text}, NFC), ${FOLD.from}, ${FOLD.to})`;

/** A search box's words folded as `foldedSql` folds a column, spaces collapsed. */
export const foldNeedle = (text: string) =>
  foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
