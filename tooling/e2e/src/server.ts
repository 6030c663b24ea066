// Starts the BUILT API (apps/api/dist/main.js) as a child process on a free port, with its
// own embedded PGlite data directory and demo data, and waits until /healthz answers. The
// directory is a copy of the run's seeded one (global-setup.ts) unless the test brings its
// own or asks for a fresh one. Shared by every end-to-end test; run
// `pnpm exec turbo run build` first.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_MAIN = path.join(repoRoot, 'apps/api/dist/main.js');
/** Password of every demo account (admin@demo.lantoa.vn, ...) in servers started here. */
export const DEMO_PASSWORD = 'Lan-Toa-e2e-2026!';
/** Where global-setup.ts left the run's migrated and seeded data directory. */
export const SEEDED_DIR_ENV = 'LANTOA_E2E_SEEDED_DIR';

export interface StartServerOptions {
  /** Reuse a data directory (e.g. one a test seeded); default: a fresh temporary one. */
  dataDir?: string;
  /** Keep the data directory on stop (always kept when the caller passed it). */
  keepDataDir?: boolean;
  /** Start on an empty directory (migrate and seed) even when a seeded copy is at hand. */
  fresh?: boolean;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export function createDataDir(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'lantoa-e2e-')), 'pglite');
}

/** Removes a directory made by createDataDir (with its temporary parent). */
export function removeDataDir(dataDir: string): void {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  log: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready after ${timeoutMs} ms:\n${log()}`);
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the workspace first`);
  const dataDir = options.dataDir ?? createDataDir();
  const seeded = process.env[SEEDED_DIR_ENV];
  if (!options.dataDir && !options.fresh && seeded && existsSync(seeded))
    cpSync(seeded, dataDir, { recursive: true });
  const isOwnDir = options.dataDir === undefined && !options.keepDataDir;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTOA_DEMO: '1',
      LANTOA_DEMO_PASSWORD: DEMO_PASSWORD,
      // The address the browser uses: permalinks and the CSRF Origin check (decision 8).
      PUBLIC_ORIGIN: url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (isOwnDir) removeDataDir(dataDir);
  };
  try {
    await waitForHealth(url, child, options.readyTimeoutMs ?? 120_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output: () => log, stop };
}
