// The one string schema every text input starts from. PostgreSQL refuses U+0000 in text and
// JSON (22021, 22P05), and a lone UTF-16 surrogate cannot become UTF-8 at all: both must be
// refused with a clear message before they reach a query. Other control characters are
// invisible, break CSV/headers and spoof what people read, so they go too; tab and line
// breaks stay where a field holds several lines.
import { z } from 'zod';
import { msg } from './schema-messages.js';
import { isSafeLine, isSafeText } from './text-checks.js';

export { isSafeLine, isSafeText };

const invalid = { error: msg('invalid') };

/**
 * One line: names, titles, labels, codes. Trimmed first, so a line break pasted at the end
 * is forgiven; one inside is refused. Chain .min/.max/.regex as with z.string().
 */
export const ZSafeLine = z.string(invalid).trim().refine(isSafeLine, msg('unsafeLine'));

/** Several lines, kept as typed (not trimmed): notes, comments, story bodies. */
export const ZSafeText = z.string(invalid).refine(isSafeText, msg('unsafeText'));
