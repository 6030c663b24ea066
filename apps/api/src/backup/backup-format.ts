// Which kind of backup a file holds, from its first bytes: a pg_dump archive starts with
// "PGDMP"; a gzip stream is either our logical dump (its first line names the format) or
// PGlite's data directory as a tar (the "ustar" magic at byte 257).

import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { LOGICAL_FORMAT } from './logical-dump.js';

export type BackupFormat = 'pglite' | 'pg_dump' | 'logical';

export const BACKUP_EXTENSION: Record<BackupFormat, string> = {
  pglite: 'tar.gz',
  pg_dump: 'pgdump',
  logical: 'jsonl.gz',
};

async function firstBytes(stream: NodeJS.ReadableStream & { destroy(): void }, size: number) {
  const chunks: Buffer[] = [];
  let length = 0;
  stream.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= size) stream.destroy();
  });
  await Promise.race([once(stream, 'end'), once(stream, 'close')]).catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, size);
}

export async function detectBackupFormat(file: string): Promise<BackupFormat | null> {
  const head = await firstBytes(createReadStream(file, { end: 511 }), 512);
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] !== 0x1f || head[1] !== 0x8b) return null;
  const inner = await firstBytes(createReadStream(file).pipe(createGunzip()), 512);
  if (inner.toString('utf8').startsWith(`{"format":"${LOGICAL_FORMAT}"`)) return 'logical';
  if (inner.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite';
  return null;
}
