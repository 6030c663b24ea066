// Start-up against a database that is not there yet (PostgreSQL still starting, a network
// that comes up after the API, a failover): retry with backoff and say, in Vietnamese and
// English, what the API is waiting for, instead of exiting. Any other failure (a wrong
// password, a broken migration) is not waited out: it is thrown at once.
import { isDatabaseUnavailable } from './database-errors.js';

export interface WaitForDatabaseOptions {
  /** What is being waited for, shown to the operator: "PostgreSQL db.example:5432/lantoa". */
  what: string;
  log: (line: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;

/** Where a database URL points, without its credentials. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

const reasonOf = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string' && part).join(' ') || 'unknown';
};

/** Runs `attempt` until it succeeds, waiting out an unreachable database with backoff. */
export async function waitForDatabase<T>(
  attempt: () => Promise<T>,
  options: WaitForDatabaseOptions,
): Promise<T> {
  const maxDelay = options.maxDelayMs ?? MAX_DELAY_MS;
  let delay = options.firstDelayMs ?? FIRST_DELAY_MS;
  for (let tries = 1; ; tries++) {
    try {
      const result = await attempt();
      if (tries > 1) {
        options.log(`Đã kết nối cơ sở dữ liệu / database reached: ${options.what}`);
      }
      return result;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const seconds = (delay / 1000).toFixed(delay < 1000 ? 2 : 0);
      options.log(
        `Đang chờ cơ sở dữ liệu ${options.what} (${reasonOf(error)}); thử lại sau ${seconds} giây, lần ${tries}. / ` +
          `Waiting for the database ${options.what} (${reasonOf(error)}); retrying in ${seconds} s, attempt ${tries}.`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
