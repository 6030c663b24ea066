// Text widths for the SVG badge, in px at Verdana 11px (the shields.io font), so the badge
// is sized on the server without a font engine. Vietnamese letters are measured by their
// base letter: tone marks and circumflexes stack above or below and add no advance width,
// while the horn of ơ/ư sticks out to the right and does. The SVG also sets textLength, so
// a fallback font that is a little wider or narrower still fits the box exactly.

// Advance widths in font units (2048 per em), close to Verdana's, of printable ASCII U+0020 to
// U+007E in code point order. Small errors are absorbed by textLength and the 5 px padding.
const ASCII_UNITS = [
  720, 823, 1075, 1786, 1303, 2219, 1462, 614, 1072, 1072, 1303, 1786, 741, 874, 741, 1072, 1303,
  1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 899, 899, 1786, 1786, 1786, 1114, 2048,
  1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 862, 943, 1422, 1142, 1755, 1536, 1613, 1254,
  1613, 1429, 1399, 1251, 1506, 1401, 2027, 1400, 1247, 1399, 1072, 1072, 1072, 1786, 1303, 1303,
  1229, 1276, 1064, 1276, 1208, 720, 1276, 1296, 562, 676, 1184, 562, 1992, 1296, 1226, 1276, 1276,
  874, 1064, 807, 1296, 1184, 1669, 1184, 1184, 1051, 1303, 1072, 1303, 1786,
];

/** Letters that do not decompose into a base letter plus marks. */
const EXTRA_UNITS: Record<string, number> = {
  Đ: 1577,
  đ: 1276,
  '–': 1303,
  '—': 2048,
  '·': 741,
  '“': 1075,
  '”': 1075,
  '‘': 614,
  '’': 614,
};

const FONT_SIZE = 11;
const UNITS_PER_EM = 2048;
/** The horn of ơ, ư (U+031B) reaches past the base letter. */
const HORN_UNITS = 150;
const COMBINING_HORN = '\u031b';
/** Unknown characters (other scripts, symbols): about an average Verdana letter. */
export const FALLBACK_WIDTH = 7;

const toPx = (units: number) => (units * FONT_SIZE) / UNITS_PER_EM;

const table = new Map<string, number>();
for (const [i, units] of ASCII_UNITS.entries()) table.set(String.fromCharCode(32 + i), toPx(units));
for (const [ch, units] of Object.entries(EXTRA_UNITS)) table.set(ch, toPx(units));

function charWidth(ch: string): number {
  const known = table.get(ch);
  if (known !== undefined) return known;
  // ạ → a + U+0323, ở → o + U+031B + U+0309: measure the base, add the horn if any.
  const [base, ...marks] = ch.normalize('NFD');
  const baseWidth = base === undefined ? undefined : table.get(base);
  const width =
    baseWidth === undefined
      ? FALLBACK_WIDTH
      : baseWidth + (marks.includes(COMBINING_HORN) ? toPx(HORN_UNITS) : 0);
  table.set(ch, width);
  return width;
}

/** Width in px of `text` (NFC) set in Verdana 11px. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize('NFC')) width += charWidth(ch);
  return width;
}
