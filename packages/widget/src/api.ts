// Network access for the elements. Every failure (offline, CORS, 4xx/5xx, bad JSON, abort)
// resolves to null so a partner page never sees an unhandled rejection or a console error.

export type Lang = 'vi' | 'en';

// Captured while the script itself executes: document.currentScript is null afterwards.
const script = document.currentScript as HTMLScriptElement | null;

/** Origin of a script URL, or '' when there is none (module import, inline test). */
export function originOf(src: string | undefined | null): string {
  try {
    return src ? new URL(src).origin : '';
  } catch {
    return '';
  }
}

const scriptOrigin = originOf(script?.src);

/** Explicit `api` attribute wins, then where the script came from, then the page itself. */
export function apiOrigin(el: Element): string {
  return originOf(el.getAttribute('api')) || scriptOrigin || location.origin;
}

export function langOf(el: Element): Lang {
  return el.getAttribute('lang') === 'en' ? 'en' : 'vi';
}

/** `{origin}/public/v1/units/{code}/{file}?{params}` with every part encoded. */
export function unitUrl(el: Element, file: string, params: Record<string, string>): string {
  const unit = encodeURIComponent(el.getAttribute('unit') ?? '');
  const query = new URLSearchParams({ ...params, lang: langOf(el) });
  return `${apiOrigin(el)}/public/v1/units/${unit}/${file}?${query}`;
}

// Badges of one unit on one page share a single in-flight compliance.json request.
const inFlight = new Map<string, Promise<unknown>>();

export function getJson<T>(url: string): Promise<T | null> {
  let hit = inFlight.get(url);
  if (!hit) {
    hit = fetch(url, { credentials: 'omit', mode: 'cors' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
    inFlight.set(url, hit);
    // Nothing outlives the request: HTTP caching (ETag, max-age) is the API's job.
    hit.then(() => inFlight.delete(url));
  }
  return hit as Promise<T | null>;
}

/** Only absolute http(s) URLs may reach an href or src. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
