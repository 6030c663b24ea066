// One owner per PGlite data directory (decision 9). Two processes on one directory corrupt
// it silently, so the server and every CLI lock `<DATA_DIR>.lock` before opening PGlite.
// The lock is the kernel's (an OFD lock on Linux, flock on macOS): it lives exactly as long
// as the holder's open file, so a holder killed with -9 leaves nothing that blocks the next
// start and no guess about stale pid files decides who may write. The file's text names the
// holder (pid, command, since) for the refusal, and where its control channel listens.
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import fsx from 'fs-native-extensions';
import { AppError } from '../errors.js';

export interface LockHolder {
  pid: number;
  command: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** Start time of the pid in clock ticks (Linux), so a reused pid is not taken for it. */
  procStart: string | null;
  /** Where the holder's control channel listens (the server only), decision 9. */
  control?: { port: number; token: string };
}

export const lockPathOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

/** Field 22 of /proc/<pid>/stat, after the command name (which may hold spaces or ')'). */
function procStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return holder.procStart === null || procStartOf(holder.pid) === holder.procStart;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

/** The live process named in the lock file, or null. A name left by a dead process (or a
 *  reused pid) is not a holder: the kernel lock, not this text, says whether one exists. */
export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const holder = parseHolder(readFileSync(lockPathOf(dataDir), 'utf8'));
    return holder && isAlive(holder) ? holder : null;
  } catch {
    return null;
  }
}

export class DataDirInUseError extends AppError {
  readonly holder: LockHolder | null;

  constructor(dataDir: string, holder: LockHolder | null) {
    const who = holder ? `pid ${holder.pid} (${holder.command}), ${holder.since}` : 'pid ?';
    super(
      'CONFLICT',
      {
        vi: `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác sử dụng: ${who}. Chỉ một tiến trình được mở nó; các lệnh npm run (demo:reform, backup) tự đi qua máy chủ đang chạy.`,
        en: `The data directory ${dataDir} is in use by another process: ${who}. Only one process may open it; the npm run commands (demo:reform, backup) go through the running server themselves.`,
      },
      { holder: holder && { pid: holder.pid, command: holder.command, since: holder.since } },
    );
    this.name = 'DataDirInUseError';
    this.message = `${this.messages.vi}\n${this.messages.en}`;
    this.holder = holder;
  }
}

/** For entry points: another process holds the directory, so say who and stop, no stack. */
export function exitIfDataDirInUse(error: unknown): never {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** The holder writes its name right after locking; a refused opener may read just before. */
function waitForHolder(dataDir: string): LockHolder | null {
  const deadline = Date.now() + 200;
  for (;;) {
    const holder = readLockHolder(dataDir);
    if (holder || Date.now() > deadline) return holder;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

export class DataDirLock {
  readonly dataDir: string;
  readonly path: string;
  #fd: number | null;
  #holder: LockHolder;

  constructor(dataDir: string, fd: number) {
    this.dataDir = dataDir;
    this.path = lockPathOf(dataDir);
    this.#fd = fd;
    const command = [path.basename(process.argv0), ...process.argv.slice(1)].join(' ');
    this.#holder = {
      pid: process.pid,
      command: command.slice(0, 200),
      since: new Date().toISOString(),
      procStart: procStartOf(process.pid),
    };
    this.#write();
  }

  get holder(): LockHolder {
    return this.#holder;
  }

  /** Publishes more about the holder, e.g. its control channel once it listens. */
  update(extra: Partial<LockHolder>) {
    this.#holder = { ...this.#holder, ...extra };
    this.#write();
  }

  #write() {
    if (this.#fd === null) return;
    ftruncateSync(this.#fd, 0);
    writeSync(this.#fd, JSON.stringify(this.#holder), 0);
  }

  /** Unlinks the file while still holding it, so no one can lock this inode afterwards. */
  release() {
    if (this.#fd === null) return;
    try {
      unlinkSync(this.path);
    } finally {
      closeSync(this.#fd);
      this.#fd = null;
    }
  }
}

/** Locks `dataDir` for this process or throws DataDirInUseError at once, naming the holder. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockPathOf(dataDir);
  for (let attempt = 0; attempt < 10; attempt++) {
    const fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o600);
    if (!fsx.tryLock(fd)) {
      closeSync(fd);
      throw new DataDirInUseError(dataDir, waitForHolder(dataDir));
    }
    // The last holder may have unlinked the file between our open and our lock: that inode
    // guards nothing anyone else opens, so start again on the file now at the path.
    const current = statSync(file, { throwIfNoEntry: false });
    if (current && current.ino === fstatSync(fd).ino) return new DataDirLock(dataDir, fd);
    closeSync(fd);
  }
  throw new DataDirInUseError(dataDir, readLockHolder(dataDir));
}
