// Opens a stopped server's PGlite data directory directly, so a test can plant rows the
// app has no screen for yet (e.g. a hostile story) before starting the server on it again.
// PGlite allows one process per directory: never call this while a server uses `dataDir`.
import { PGlite } from '@electric-sql/pglite';

export async function withDatabase<T>(
  dataDir: string,
  work: (db: PGlite) => Promise<T>,
): Promise<T> {
  const db = await PGlite.create({ dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
