// kill -9 of the API in the middle of a burst of saves, on PGlite and on PostgreSQL: after a
// restart every save that was answered 200 must be there (its version at least the one
// acknowledged) and the audit chain must verify. Prints acknowledged/lost per round and
// how long the restart took to answer /readyz. Budget: 0 acknowledged writes lost.
// BENCH_ENGINE=pglite|postgres runs one engine (default both); BENCH_ROUNDS (default 3);
// BENCH_LOOPS parallel save loops (default 6). Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:kill
import fs from 'node:fs';
import os from 'node:os';
import {
  currentVersion,
  freePort,
  freshDatabase,
  JSON_HEADERS,
  reportSlots,
  signIn,
  startApi,
  stop,
  trpcGet,
  waitFor,
} from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOOPS = Number(process.env.BENCH_LOOPS ?? 6);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const engines = process.env.BENCH_ENGINE ? [process.env.BENCH_ENGINE] : ['pglite', 'postgres'];
const CADRE = 'cadre.kg-rach-gia@demo.lantoa.vn';

/** One save loop: edits its own slots in turn until a request fails (the API is gone). */
async function saveLoop(base, slots, acked, loop) {
  for (let i = 0; ; i++) {
    const slot = slots[i % slots.length];
    const { version, cookie, key, ...target } = slot;
    const note = `kill-9 loop ${loop} save ${i}`;
    let response;
    try {
      response = await fetch(`${base}/trpc/reports.save`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, cookie },
        body: JSON.stringify({ ...target, claimsMet: true, note, links: [], version }),
      });
    } catch {
      return; // the process died under us: this save was never acknowledged
    }
    if (response.status !== 200) return;
    const saved = (await response.json()).result.data;
    slot.version = saved.version;
    acked.set(key, { version: saved.version, note });
    acked.total = (acked.total ?? 0) + 1;
  }
}

async function round(engine, n) {
  const dir = engine === 'pglite' ? fs.mkdtempSync(`${os.tmpdir()}/lantoa-kill9-`) : '';
  const storage =
    engine === 'pglite'
      ? { dataDir: `${dir}/pglite` }
      : { databaseUrl: await freshDatabase(ADMIN_URL, 'lantoa_bench_kill9') };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let api = await startApi(port, storage);
  const cookie = await signIn(base, CADRE);
  const slots = [];
  for (const slot of await reportSlots(base, cookie)) {
    const version = await currentVersion(base, { ...slot, cookie });
    if (version !== null) slots.push({ ...slot, cookie, version, key: JSON.stringify(slot) });
  }
  const acked = new Map();
  const loops = Array.from({ length: LOOPS }, (_, loop) =>
    saveLoop(
      base,
      slots.filter((_, i) => i % LOOPS === loop),
      acked,
      loop,
    ),
  );
  // Somewhere between 1.5 and 4 s into the burst, without warning.
  await new Promise((resolve) => setTimeout(resolve, 1500 + Math.random() * 2500));
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGKILL');
  await Promise.all([exited, ...loops]);

  const restartedAt = performance.now();
  api = await startApi(port, storage);
  await waitFor(`${base}/readyz`, api);
  const restartMs = Math.round(performance.now() - restartedAt);
  let lost = 0;
  const again = await signIn(base, CADRE);
  for (const slot of slots) {
    const expected = acked.get(slot.key);
    if (!expected) continue;
    const stored = await currentVersion(base, { ...slot, cookie: again, version: null });
    if (stored === null || stored < expected.version) lost += 1;
  }
  const admin = await signIn(base, 'admin@demo.lantoa.vn');
  const audit = await trpcGet(base, admin, 'audit.verify');
  await stop(api);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  const saves = acked.total ?? 0;
  console.log(
    `${engine.padEnd(8)} round ${n}: ${saves} saves acknowledged (${acked.size} reports), ${lost} reports behind an acknowledged save; restart to /readyz ${restartMs} ms; audit chain ${audit.isValid ? 'verifies' : 'BROKEN'} (${audit.count} events)`,
  );
  return { lost, isChainValid: audit.isValid, saves };
}

let failures = 0;
for (const engine of engines) {
  for (let n = 1; n <= ROUNDS; n++) {
    const result = await round(engine, n);
    if (result.lost > 0 || !result.isChainValid || result.saves === 0) failures += 1;
  }
}
console.log(failures === 0 ? 'PASS  0 acknowledged saves lost' : `FAIL  ${failures} bad rounds`);
process.exitCode = failures === 0 ? 0 : 1;
