// The plain checks behind every text input, apart from zod so that a zod/mini schema (the
// sign-in form) can use them without pulling the classic API into the first route.
// PostgreSQL refuses U+0000 in text and JSON (22021, 22P05), and a lone UTF-16 surrogate
// cannot become UTF-8 at all; other control characters are invisible, break CSV/headers and
// spoof what people read. Tab and line breaks stay where a field holds several lines.

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0, DEL and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
// The same, minus tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TEXT_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True for text without lone surrogates or control characters other than tab, CR and LF. */
export function isSafeText(text: string): boolean {
  return !TEXT_CONTROLS.test(text) && !LONE_SURROGATE.test(text);
}

/** True for one line of text: no control character at all (tab and line breaks included). */
export function isSafeLine(text: string): boolean {
  return !LINE_CONTROLS.test(text) && !LONE_SURROGATE.test(text);
}
