// Readiness: can this process use its database right now? Answers within a bound even when
// the server does not (a network black hole), so a probe never piles up behind it.
import { type Kysely, sql } from 'kysely';
import { type AppError, serviceUnavailable } from '../errors.js';
import type { Database } from './schema.js';

const PING_TIMEOUT_MS = 1_000;

/** Null when the database answers `SELECT 1` in time; otherwise the 503 to give. */
export async function pingDatabase(
  db: Kysely<Database>,
  timeoutMs = PING_TIMEOUT_MS,
): Promise<AppError | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const answer = await Promise.race([sql`SELECT 1`.execute(db).then(() => 'ok'), timeout]);
    return answer === 'ok' ? null : serviceUnavailable();
  } catch {
    // Whatever the reason (unreachable, refused, no rights), this instance cannot serve.
    return serviceUnavailable();
  } finally {
    clearTimeout(timer);
  }
}
