// `npm test`: the same set-up as `npm start`, then every package's tests, one package at a
// time (two cores). With DATABASE_URL set, the API suite runs on PostgreSQL and then once
// more on embedded PGlite, so both engines are proven on every run. Ends with one line,
// "tests: N passed, N failed", summed from vitest's JSON reports. Type-checking (tests
// included) and Biome run first: either failing fails the run.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ensureBuilt,
  ensureDependencies,
  ensurePnpm,
  root,
  run,
  workspacePackages,
} from './lib.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
ensureBuilt(pnpm);

const reports = mkdtempSync(path.join(os.tmpdir(), 'lantoa-test-'));
const runs = [];
for (const dir of workspacePackages()) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  if (!manifest.scripts?.test) continue;
  runs.push({ dir, name: manifest.name, env: {} });
  if (dir === 'apps/api' && process.env.DATABASE_URL) {
    runs.push({ dir, name: `${manifest.name} (PGlite)`, env: { DATABASE_URL: '' } });
  }
}

let passed = 0;
let failed = 0;
const failedRuns = [];
const checks = [
  { name: 'typecheck', args: ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only'] },
  { name: 'lint (biome)', args: ['exec', 'biome', 'check', '.'] },
];
for (const check of checks) {
  console.log(`\n━━ ${check.name} ━━`);
  if (run(pnpm, check.args) !== 0) failedRuns.push(check.name);
}
for (const [i, item] of runs.entries()) {
  const out = path.join(reports, `${i}.json`);
  console.log(`\n━━ ${item.name} ━━`);
  const status = run(
    pnpm,
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    {
      cwd: path.join(root, item.dir),
      env: { ...process.env, ...item.env },
    },
  );
  if (existsSync(out)) {
    const result = JSON.parse(readFileSync(out, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  }
  if (status !== 0) failedRuns.push(item.name);
}

if (failedRuns.length > 0) console.log(`\nFailed: ${failedRuns.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedRuns.length > 0 || passed === 0 ? 1 : 0);
