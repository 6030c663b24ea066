// A consistent copy of a live PGlite database. dumpDataDir tars the data directory while
// holding PGlite's query lock, so no statement runs during the copy: the files are what a
// crash at that instant would leave, with every committed transaction in the WAL, and
// PostgreSQL's recovery replays them when the copy is opened. The checkpoint first makes
// that replay short.
import type { PGlite } from '@electric-sql/pglite';

export async function snapshotPglite(pglite: PGlite): Promise<Uint8Array> {
  await pglite.exec('CHECKPOINT');
  const tarball = await pglite.dumpDataDir('gzip');
  return new Uint8Array(await tarball.arrayBuffer());
}
