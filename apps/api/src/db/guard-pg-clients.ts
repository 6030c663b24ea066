// Keeps a PostgreSQL outage from crashing the process or hanging a request. pg emits
// 'error' on a client whose connection breaks; pg-pool listens only while the client is
// idle, so a break during a query (ECONNRESET, "Connection terminated unexpectedly")
// was an unhandled 'error' event that killed the process. Every client gets a listener
// for its whole life. And a query that gets no answer (a network black hole) would wait
// for TCP to give up: past the query timeout its connection is destroyed, which fails
// the query (and anything queued behind it) and takes the client out of the pool.
import type pg from 'pg';

export interface ClientGuardOptions {
  /** 0 = no limit. */
  queryTimeoutMs: number;
  onError: (error: Error) => void;
}

type QueryFn = (...args: unknown[]) => unknown;

export function guardClient(client: pg.Client, options: ClientGuardOptions): void {
  client.on('error', options.onError);
  if (!options.queryTimeoutMs) return;
  const query = client.query.bind(client) as QueryFn;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    // Only promise-style calls (Kysely's, LISTEN's); callback calls keep pg's behaviour.
    if (!(result instanceof Promise)) return result;
    const timer = setTimeout(() => {
      (
        client as unknown as { connection?: { stream?: { destroy(): void } } }
      ).connection?.stream?.destroy();
    }, options.queryTimeoutMs);
    timer.unref();
    return result.finally(() => clearTimeout(timer));
  }) as typeof client.query;
}
