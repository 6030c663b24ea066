// Shared by start.mjs and test.mjs: make a fresh machine (Node 20 + npm only) ready.
// Installs the pinned pnpm, then dependencies, then builds — each only when needed,
// so a restart on a ready checkout costs milliseconds, not seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const stampDir = path.join(root, 'node_modules', '.lantoa');

export function run(cmd, args, options = {}) {
  const env = { TURBO_TELEMETRY_DISABLED: '1', ...(options.env ?? process.env) };
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options, env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) process.exit(status);
}

function output(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', cwd: root });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The pnpm to use: the global one if it is the pinned version, else install it. */
export function ensurePnpm() {
  const local = path.join(root, 'tooling', '.pnpm', 'node_modules', '.bin', 'pnpm');
  if (output('pnpm', ['--version']) === PNPM_VERSION) return 'pnpm';
  if (existsSync(local) && output(local, ['--version']) === PNPM_VERSION) return local;
  console.log(`Installing pnpm@${PNPM_VERSION} ...`);
  if (
    run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) === 0 &&
    output('pnpm', ['--version']) === PNPM_VERSION
  ) {
    return 'pnpm';
  }
  // No rights for a global install: keep a private copy inside the checkout.
  runOrExit('npm', [
    'install',
    '--prefix',
    path.join(root, 'tooling', '.pnpm'),
    `pnpm@${PNPM_VERSION}`,
  ]);
  return local;
}

function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of files) if (existsSync(file)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function readStamp(name) {
  const file = path.join(stampDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function writeStamp(name, value) {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(path.join(stampDir, name), value);
}

export function ensureDependencies(pnpm) {
  const manifests = [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    ...workspacePackages().map((dir) => path.join(dir, 'package.json')),
  ].map((f) => path.resolve(root, f));
  const print = fingerprint(manifests);
  if (readStamp('install') === print) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  runOrExit(pnpm, ['install', ...frozen]);
  writeStamp('install', print);
}

export function workspacePackages() {
  return ['apps', 'packages', 'tooling']
    .flatMap((group) => readdirSync(path.join(root, group)).map((name) => path.join(group, name)))
    .filter((dir) => existsSync(path.join(root, dir, 'package.json')));
}

const SKIP = new Set(['node_modules', 'dist', '.turbo', '.data', 'test-results', 'screenshots']);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds through turbo when any source changed since the last successful build. */
export function ensureBuilt(pnpm) {
  const dirs = workspacePackages().map((d) => path.join(root, d));
  const newest = Math.max(
    ...dirs.map(newestMtime),
    statSync(path.join(root, 'pnpm-lock.yaml')).mtimeMs,
  );
  const stamp = Number(readStamp('build') ?? 0);
  if (stamp >= newest && existsSync(path.join(root, 'apps/api/dist/main.js'))) return;
  runOrExit(pnpm, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
  writeStamp('build', String(newest));
}
