// What durability costs the embedded database (decision 11): one-row commits per second and
// the time to reopen an existing data directory, PGlite as shipped (fsync off, relaxed
// durability: the API before issue 15) against the API's durable PGlite (fsync per
// commit), alternating in one run so a busy spell of the machine hits both.
// Run after a build: pnpm --filter @lantoa/bench run bench:durability
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 300);
const api = path.join(root, 'apps/api');
const { PGlite } = await import(
  createRequire(`${api}/package.json`).resolve('@electric-sql/pglite')
);
const { openDurablePglite } = await import(`${api}/dist/db/durable-pglite.js`);

const variants = {
  'as shipped (fsync off)': (dir) => PGlite.create({ dataDir: dir, relaxedDurability: true }),
  'durable (fsync per commit)': (dir) => openDurablePglite(dir),
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lantoa-durability-'));
const results = {};
try {
  for (const [name, open] of Object.entries(variants)) {
    const pg = await open(path.join(work, name.split(' ')[0]));
    await pg.exec('CREATE TABLE t (id serial PRIMARY KEY, v text)');
    await pg.close();
    results[name] = { reopen: [], commit: [] };
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, open] of Object.entries(variants)) {
      let started = performance.now();
      const pg = await open(path.join(work, name.split(' ')[0]));
      results[name].reopen.push(performance.now() - started);
      started = performance.now();
      for (let i = 0; i < COMMITS; i++) await pg.query('INSERT INTO t (v) VALUES ($1)', [`${i}`]);
      results[name].commit.push((performance.now() - started) / COMMITS);
      await pg.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `${ROUNDS} rounds, ${COMMITS} one-row commits each, ${os.cpus().length} cores, Node ${process.version}`,
  );
  for (const [name, r] of Object.entries(results)) {
    const commit = median(r.commit);
    console.log(
      `${name.padEnd(28)} commit ${commit.toFixed(2)} ms (${Math.round(1000 / commit)}/s)   reopen ${Math.round(median(r.reopen))} ms`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
