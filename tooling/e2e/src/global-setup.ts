// Once per run: a data directory the built API has migrated and seeded with the demo, which
// each test's server then starts from as a copy (server.ts). A first start on an empty
// directory migrates and seeds (about 8 s on the 2-core machine), a start on a seeded copy
// about half that, and a dozen files start a server each.
import { removeDataDir, SEEDED_DIR_ENV, startServer } from './server.js';

export default async function setup() {
  const seeded = await startServer({ keepDataDir: true, fresh: true });
  await seeded.stop();
  // Workers are forked after this, with this environment.
  process.env[SEEDED_DIR_ENV] = seeded.dataDir;
  return () => removeDataDir(seeded.dataDir);
}
