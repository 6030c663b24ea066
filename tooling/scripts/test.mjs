// `npm test`: the same set-up as `npm start`, then every package's tests: each package is
// a project of the root vitest.config.ts, run one project at a time (two cores). With
// DATABASE_URL set, the API project runs on PostgreSQL and then once more on embedded
// PGlite, so both engines are proven on every run. Ends with one line,
// "tests: N passed, N failed", summed from vitest's JSON reports. Type-checking (tests
// included) and Biome run first: either failing fails the run.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureDependencies, ensurePnpm, run } from './lib.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
ensureBuilt(pnpm);

const reports = mkdtempSync(path.join(os.tmpdir(), 'lantoa-test-'));
// The projects of the root vitest.config.ts, in this order; the API twice with a server.
const runs = [
  { name: 'domain', env: {} },
  { name: 'widget', env: {} },
  { name: 'admin', env: {} },
  { name: 'api', env: {} },
  ...(process.env.DATABASE_URL
    ? [
        {
          name: 'api (PGlite)',
          project: 'api',
          env: { DATABASE_URL: '' },
          // The generated scope matrix (2,500+ cells, the longest file) proves the policy's
          // one SQL expression; it ran on PostgreSQL just before. Without DATABASE_URL (the
          // README's `npm test`) the API runs once, on PGlite, matrix included.
          args: ['--exclude', 'src/routers/scope-matrix-*.test.ts'],
        },
      ]
    : []),
  { name: 'e2e', env: {} },
];

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
    [
      'exec',
      'vitest',
      'run',
      `--project=${item.project ?? item.name}`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...(item.args ?? []),
    ],
    { env: { ...process.env, ...item.env } },
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
