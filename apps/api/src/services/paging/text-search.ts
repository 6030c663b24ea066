// A list's search box as a query condition: the text is a parameter matched as a plain
// substring of any of the columns (strpos, not LIKE, so % and _ typed by a user are only
// characters), case-insensitive. Applied in the query, before the page's limit.
import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';

/** What a list's search box sends: trimmed; empty means no search. */
export const ZSearchText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((text) => (text ? text : undefined));

export function containsText(
  columns: readonly RawBuilder<unknown>[],
  text: string,
): RawBuilder<boolean> {
  const matches = columns.map((column) => sql`strpos(lower(${column}), lower(${text})) > 0`);
  return sql<boolean>`(${sql.join(matches, sql` OR `)})`;
}
