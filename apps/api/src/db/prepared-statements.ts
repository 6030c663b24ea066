// Named prepared statements for the few hottest queries (the session lookup every signed-in
// request makes, the report save). PostgreSQL then parses and plans them once per
// connection instead of on every call: measured, that halves a save's database time
// (docs/benchmarks.md). A query opts in by starting with the PREPARED marker; the set of
// such texts is small and fixed, so the per-connection statement cache stays bounded.
// On PGlite the marker is only a comment.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';

const MARK = '/*prepared*/';

/** Put first in a raw `sql` query to run it as a named prepared statement on PostgreSQL. */
export const PREPARED = sql.raw(MARK);

const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) {
    name = `lantoa_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
};

/** Makes `client` run marked queries as named prepared statements (call once per client). */
export function prepareMarkedQueries(client: pg.Client): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, values?: unknown, callback?: unknown) =>
    typeof config === 'string' && config.startsWith(MARK) && Array.isArray(values)
      ? query({ name: nameOf(config), text: config, values }, callback)
      : query(config, values, callback)) as typeof client.query;
}
