// Shared by start.mjs and test.mjs: make a fresh machine (Node 20 + npm only) ready.
// Installs the pinned pnpm, then dependencies, then builds — each only when needed. What
// is needed is decided by the tools themselves (pnpm's dependency check, turbo's cache),
// not by hand-written stamps.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

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

/**
 * Installs dependencies on a checkout that has none. Afterwards pnpm itself checks them
 * before every `pnpm exec` (`verifyDepsBeforeRun` in pnpm-workspace.yaml), comparing the
 * manifests with the lockfile, so a changed or removed dependency is installed again.
 */
export function ensureDependencies(pnpm) {
  if (existsSync(path.join(root, 'node_modules', '.modules.yaml'))) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  runOrExit(pnpm, ['install', ...frozen]);
}

export function workspacePackages() {
  return ['apps', 'packages', 'tooling']
    .flatMap((group) => readdirSync(path.join(root, group)).map((name) => path.join(group, name)))
    .filter((dir) => existsSync(path.join(root, dir, 'package.json')));
}

/**
 * turbo's own binary for this platform, or the `turbo` command when it cannot be found. The
 * `turbo` command is a Node script that finds and starts the binary: 150 ms of a restart
 * whose budget is 3 s, spent before turbo does anything.
 */
function turboCommand() {
  const arch = { x64: '64', arm64: 'arm64' }[process.arch];
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform];
  const exe = process.platform === 'win32' ? 'turbo.exe' : 'turbo';
  try {
    const fromTurbo = createRequire(path.join(root, 'node_modules', 'turbo', 'package.json'));
    return fromTurbo.resolve(`@turbo/${os}-${arch}/bin/${exe}`);
  } catch {
    return 'turbo';
  }
}

/**
 * Builds through turbo, whose content-hash cache decides what is stale: a changed, added,
 * deleted or renamed file changes its package's hash; an unchanged tree costs ~0.1 s. It
 * runs under `pnpm exec`, which first checks the installed dependencies against the lockfile.
 */
export function ensureBuilt(pnpm) {
  runOrExit(pnpm, ['exec', turboCommand(), 'run', 'build', '--output-logs=errors-only']);
}
