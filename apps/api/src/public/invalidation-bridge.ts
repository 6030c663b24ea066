// Keeps the public caches of several API replicas in step through PostgreSQL LISTEN/NOTIFY.
// Each replica LISTENs on one dedicated connection and, after each local fact change,
// NOTIFYs the channel with the ids of the units that changed; a replica that hears another's
// notice marks those units' entries stale in its PublicCache (no ids: every entry). Its own
// notices are recognised by an instance id and ignored (its cache is already up to date). If
// the listening connection drops, notices may have been missed: every entry is marked stale
// (recomputed on its next request, and still served if the database is down: decision 13),
// never dropped, and the connection is re-opened. PGlite is embedded in a single process,
// so there is nobody to tell.
// Changes are gathered for a few milliseconds and sent as one NOTIFY: under a burst of
// saves that is one notice instead of a round trip (and a commit) per save.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type pg from 'pg';
import type { DbHandle } from '../db/create-db.js';

export const INVALIDATION_CHANNEL = 'lantoa_public';
const RECONNECT_MS = 2000;
/** NOTIFY payloads must stay under 8000 bytes: past this many ids, send none (means "all"). */
const MAX_IDS = 100;
/** How long changes are gathered before one NOTIFY tells the other replicas. */
const GATHER_MS = 25;

export interface InvalidationBridge {
  readonly instanceId: string;
  stop(): Promise<void>;
}

/**
 * The units a notice names: null for our own notice (nothing to do), [] for "everything"
 * (so is an unreadable notice: something changed, we cannot tell what).
 */
export function unitIdsOf(payload: string | undefined, instanceId: string): string[] | null {
  try {
    const notice = JSON.parse(payload ?? '{}') as { from?: unknown; unitIds?: unknown };
    if (notice.from === instanceId) return null;
    const ids = notice.unitIds;
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : [];
  } catch {
    return [];
  }
}

export async function startInvalidationBridge(
  app: FastifyInstance,
  handle: Pick<DbHandle, 'db' | 'pool'>,
): Promise<InvalidationBridge> {
  const instanceId = randomUUID();
  const { pool } = handle;
  if (!pool) return { instanceId, stop: async () => {} };
  /** The LISTEN connection and its one release (pg may report one break twice). */
  let client: { connection: pg.PoolClient; release: (error?: Error | boolean) => void } | null =
    null;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;

  // What this replica keeps from the facts: its public bodies and the overview's provinces.
  const invalidate = (unitIds: string[]) => {
    app.publicCache.invalidate(unitIds);
    app.provinceTallies.invalidate(unitIds);
  };

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== INVALIDATION_CHANNEL) return;
    const unitIds = unitIdsOf(message.payload, instanceId);
    if (unitIds) invalidate(unitIds);
  };

  // Every connection taken from the pool is given back exactly once, whatever happens: a
  // LISTEN that fails, a break, or stop() arriving while a reconnect is under way. A client
  // kept out of the pool would make pool.end(), and so a shutdown, wait forever.
  const connect = async (): Promise<void> => {
    const next = await pool.connect();
    let isReleased = false;
    const release = (error?: Error | boolean) => {
      if (isReleased) return;
      isReleased = true;
      next.release(error);
    };
    next.on('notification', onNotification);
    next.on('error', (error) => {
      if (isReleased) return;
      release(error);
      if (client?.connection === next) client = null;
      if (isStopped) return;
      clearTimeout(retry);
      app.log.warn({ err: error }, 'public cache: LISTEN connection lost');
      invalidate([]);
      retry = setTimeout(reconnect, RECONNECT_MS);
    });
    try {
      await next.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      release(error instanceof Error ? error : true);
      throw error;
    }
    // stop() came while this connection was being opened: it must not outlive the bridge.
    if (isStopped) return release(true);
    client = { connection: next, release };
  };
  const reconnect = () => {
    if (isStopped) return;
    connect()
      .then(() => invalidate([]))
      .catch(() => {
        clearTimeout(retry);
        retry = setTimeout(reconnect, RECONNECT_MS);
      });
  };

  // The database may be gone again already: keep trying in the background, never throw.
  await connect().catch(() => {
    clearTimeout(retry);
    retry = setTimeout(reconnect, RECONNECT_MS);
  });
  // undefined: nothing pending; an empty set: "everything changed".
  let pending: Set<string> | undefined;
  let gathering: NodeJS.Timeout | undefined;
  const sendPending = () => {
    gathering = undefined;
    const ids = pending && pending.size <= MAX_IDS ? [...pending] : [];
    pending = undefined;
    if (isStopped) return;
    const payload = JSON.stringify({ from: instanceId, unitIds: ids });
    sql`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${payload})`
      .execute(handle.db)
      .catch((error) => app.log.warn({ err: error }, 'public cache: NOTIFY failed'));
  };
  app.onFactsChanged((unitIds) => {
    if (isStopped) return;
    const isEverything = unitIds.length === 0 || pending?.size === 0;
    if (isEverything) pending = new Set();
    else {
      pending ??= new Set();
      for (const id of unitIds) pending.add(id);
    }
    gathering ??= setTimeout(sendPending, GATHER_MS);
  });

  return {
    instanceId,
    stop: async () => {
      isStopped = true;
      clearTimeout(retry);
      clearTimeout(gathering);
      const current = client;
      client = null;
      if (current) {
        await current.connection.query(`UNLISTEN ${INVALIDATION_CHANNEL}`).catch(() => {});
        // Destroy rather than return it: a pooled connection should not carry a LISTEN.
        current.release(true);
      }
    },
  };
}
