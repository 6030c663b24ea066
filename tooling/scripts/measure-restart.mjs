// Measures how long `npm start` takes to answer /healthz when restarted on an existing
// embedded database (budget: 3 s). Starts once to create the data, then restarts N times.
// Usage: node tooling/scripts/measure-restart.mjs [runs=5]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib.mjs';

const runs = Number(process.argv[2] ?? 5);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-restart-'));
const port = 3900 + Math.floor(Math.random() * 50);

async function startAndWait() {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: path.join(dataDir, 'pglite'),
      DATABASE_URL: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
    if (performance.now() - started > 60_000) throw new Error('not healthy within 60 s');
  }
  const elapsed = performance.now() - started;
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => child.on('exit', r));
  return elapsed;
}

const first = await startAndWait();
const restarts = [];
for (let i = 0; i < runs; i += 1) restarts.push(await startAndWait());
rmSync(dataDir, { recursive: true, force: true });
restarts.sort((a, b) => a - b);
const median = restarts[Math.floor(restarts.length / 2)];
console.log(`first start (migrate + seed): ${Math.round(first)} ms`);
console.log(
  `restarts: ${restarts.map((t) => Math.round(t)).join(', ')} ms; median ${Math.round(median)} ms; budget 3000 ms`,
);
process.exit(median <= 3000 ? 0 : 1);
