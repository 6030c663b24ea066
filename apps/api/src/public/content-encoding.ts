// Compressed forms of a public body, made once when the body is made (a cache hit then
// picks one, it never compresses): what a phone on weak data receives is the br or gzip
// form, and the cached badge keeps its speed. Each form has its own strong ETag, as RFC
// 9110 asks of different representations, and every form says Vary: Accept-Encoding.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Encoded {
  body: Buffer;
  etag: string;
  headers: Readonly<Record<string, string>>;
}

export interface EncodedForms {
  br: Encoded;
  gzip: Encoded;
}

/** Below this many bytes, compression saves less than a packet's worth: send as is. */
const MIN_BYTES = 256;

/** Brotli 11 for bodies made once per build (the widget); 5 for bodies remade on change. */
export type EncodingEffort = 'build' | 'runtime';

export function encodeForms(
  body: Buffer,
  etag: string,
  headers: Readonly<Record<string, string>>,
  effort: EncodingEffort,
): EncodedForms | undefined {
  if (body.length < MIN_BYTES) return undefined;
  const quality = effort === 'build' ? 11 : 5;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: effort === 'build' ? 9 : 6 });
  const form = (encoded: Buffer, coding: string): Encoded => {
    const tagged = `${etag.slice(0, -1)}-${coding}"`;
    return {
      body: encoded,
      etag: tagged,
      headers: { ...headers, etag: tagged, 'content-encoding': coding },
    };
  };
  return { br: form(br, 'br'), gzip: form(gzip, 'gzip') };
}

/** The coding to send for an Accept-Encoding header: br, then gzip, else none. A coding
 *  refused with q=0 is not used; other weights are not ranked (browsers send none). */
export function pickCoding(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  if (accepts(accept, 'br')) return 'br';
  if (accepts(accept, 'gzip')) return 'gzip';
  return null;
}

function accepts(accept: string, coding: string): boolean {
  const at = accept.indexOf(coding);
  if (at === -1) return false;
  const end = accept.indexOf(',', at);
  const params = accept.slice(at + coding.length, end === -1 ? undefined : end);
  return !/;\s*q=0(?:\.0*)?\s*$/.test(params);
}
