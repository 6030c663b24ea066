// Opens PGlite so that a write it acknowledged survives a power cut. PGlite's defaults do
// not: it starts PostgreSQL with `-F` (fsync off), and its Node filesystem (Emscripten's
// NODEFS) has no fsync at all, so even with fsync on nothing reached the disk before a
// commit returned. Here the server keeps fsync on, flushes the WAL with fsync() at every
// commit (Emscripten turns fdatasync() into a no-op, fsync() reaches the stream), and the
// stream's fsync is the host's fsync(2). Decision 8 records the choice and its cost.
import fs from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type PostgresModule = Parameters<NodeFS['init']>[1];

interface NodeStream {
  nfd?: number;
}

/** NodeFS whose streams fsync to the host disk. */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: PostgresModule) {
    const result = await super.init(pg, opts);
    const preRun = [...(result.emscriptenOpts.preRun ?? [])];
    preRun.push((mod) => {
      const streamOps = (mod.NODEFS as unknown as { stream_ops: Record<string, unknown> })
        .stream_ops;
      streamOps.fsync = (stream: NodeStream) => {
        if (typeof stream.nfd === 'number') fs.fsyncSync(stream.nfd);
        return 0;
      };
    });
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun } };
  }
}

/** PGlite's start parameters, with fsync on and a WAL flush method that reaches the disk. */
export const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

/** PGlite on `dataDir` (created if missing) that fsyncs every commit; in memory without one. */
export function openDurablePglite(
  dataDir: string | undefined,
  options: Omit<PGliteOptions, 'dataDir' | 'fs' | 'startParams'> = {},
): Promise<PGlite> {
  if (!dataDir) return PGlite.create(options);
  return PGlite.create({
    ...options,
    fs: new DurableNodeFS(dataDir),
    startParams: DURABLE_START_PARAMS,
    relaxedDurability: false,
  });
}
