// Opaque keyset cursors for server-side paging. A cursor is the sort key of the last row a
// page returned, as base64url JSON; the client hands it back unchanged. Decoding validates
// it against the list's own key schema, so a tampered or foreign cursor is a 400 before any
// query, and a valid one can only move where a page starts, never widen what is visible.
import { msg } from '@lantoa/domain';
import { z } from 'zod';

const MAX_CURSOR_LENGTH = 512;
const BAD_CURSOR = msg('pageCursor');

/** The sort key of the last row of a page, as the string the client sends back. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeJson(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A cursor field whose decoded key must match `key` (a tuple of the list's sort columns). */
export function cursorOf<T extends z.ZodType>(key: T) {
  return z
    .string()
    .max(MAX_CURSOR_LENGTH)
    .regex(/^[A-Za-z0-9_-]+$/, BAD_CURSOR)
    .transform((text, ctx) => {
      const parsed = key.safeParse(decodeJson(text));
      if (parsed.success) return parsed.data as z.output<T>;
      ctx.addIssue({ code: 'custom', message: BAD_CURSOR });
      return z.NEVER;
    });
}

/** Page size: small by default for phones on weak connections, never unbounded. */
export const ZPageLimit = z.number().int().min(1).max(200).default(50);

/** Rows fetched one beyond the page tell whether another page follows. */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
