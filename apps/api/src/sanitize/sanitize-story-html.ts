// Story bodies leave the API only through this allow-list. Partner pages may render the
// html field (our own widget does not), so nothing executable or styled may survive:
// no scripts, event handlers, style attributes, iframes, or URLs other than absolute
// http(s) and mailto links, and every kept link gets rel="noopener noreferrer".
import sanitizeHtml from 'sanitize-html';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeLinkUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative URLs would resolve against the partner's site: drop them
  }
}

/** Absolute https URL, or null: for images the story page and partner pages will load. An
 *  http image is mixed content on an https page and outside the story page's CSP (img-src
 *  https:), so it would never show; covers saved before this rule drop out here. */
export function safeImageUrl(value: string | null): string | null {
  const url = value ? safeLinkUrl(value) : null;
  return url?.startsWith('https:') ? url : null;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'h3',
    'h4',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const href = safeLinkUrl(attribs.href);
      const rel = 'noopener noreferrer';
      const safe: sanitizeHtml.Attributes = href ? { href, rel } : { rel };
      return { tagName, attribs: safe };
    },
  },
};

// Character references decode before sanitising (&#1; is U+0001) and text is written back
// as characters, so controls and lone surrogates are dropped from the result too.
const UNSAFE_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeStoryHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).replace(UNSAFE_CHARS, '').normalize('NFC');
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Text that must stay text (an appeal's story, a drive's description): every tag goes,
 *  what is between them stays, and the entities sanitize-html writes are read back. */
export function sanitizePlainText(text: string): string {
  const stripped = sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
  return stripped
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e)
    .replace(UNSAFE_CHARS, '')
    .normalize('NFC');
}
