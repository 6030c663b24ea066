// pg_dump and pg_restore, when the machine has them: the standard, exact way to copy a
// PostgreSQL database. The URL is passed as --dbname, never through a shell.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when `tool` is on the PATH and runs. */
export async function hasPgTool(tool: 'pg_dump' | 'pg_restore'): Promise<boolean> {
  try {
    await run(tool, ['--version']);
    return true;
  } catch {
    return false;
  }
}

export async function pgDump(databaseUrl: string, file: string): Promise<void> {
  await runTool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-acl',
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ]);
}

/** Replaces the database's objects and rows with the dump's, all or nothing. */
export async function pgRestore(databaseUrl: string, file: string): Promise<void> {
  await runTool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-acl',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${databaseUrl}`,
    file,
  ]);
}

async function runTool(tool: string, args: string[]) {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${tool}: ${stderr || (error as Error).message}`);
  }
}
