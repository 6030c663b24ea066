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

const TIMESTAMP_TEXT =
  /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** A real calendar day: 31/02 would be an SQL error, not a page. */
function isRealDay(year: number, month: number, day: number) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A row id in a cursor: the uuid form only, so a forged key is a 400, not a failed cast. */
export const ZIdKey = z.guid();

/** A timestamptz as PostgreSQL writes it (`::text`, microseconds kept): the sort key of lists
 *  ordered by a time, checked fully here so that only a real instant reaches the query. */
export const ZTimestampKey = z.string().refine((text) => {
  const match = TIMESTAMP_TEXT.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
});
