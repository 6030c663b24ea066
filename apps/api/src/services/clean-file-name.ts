// An uploaded file's name as we store and later offer it for download: the base name only.
// The name comes from the uploader's machine and is shown to other people and handed to
// their browsers, so no path ("../", "C:\"), no control character (CR/LF would split a
// header), no bidirectional override (it disguises "gpj.exe" as "exe.jpg"), no leading dot
// (a hidden file), and a bounded length that keeps the extension. Vietnamese letters stay.

export const MAX_FILE_NAME_CHARS = 120;

// Control characters (CR/LF, tab...) separate words: they become spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
// Lone surrogates, bidi embeddings/overrides/isolates, zero-width characters and BOM go.
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Characters Windows refuses in names; a downloaded file must save anywhere.
const RESERVED = /[<>:"|?*]/g;

function bounded(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length <= 10 ? extension : [];
  const stem = chars
    .slice(0, MAX_FILE_NAME_CHARS - keep.length)
    .join('')
    .replace(/[\s.]+$/, '');
  return `${stem}${keep.join('')}`;
}

/** The clean base name of `raw`, or '' when nothing usable is left. */
export function cleanFileName(raw: string): string {
  const visible = raw.replace(INVISIBLE, '').replace(CONTROLS, ' ').normalize('NFC');
  const lastSegment = visible.split(/[\\/]/).pop() ?? '';
  const name = lastSegment
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  return bounded(name);
}
