// `node tooling/scripts/make-upgrade-fixtures.mjs`: rebuilds the databases that earlier
// commits of main really made, for the upgrade test (apps/api/src/db/upgrade.test.ts).
// Each era's own code (checked out in a temporary worktree, installed and built) migrates
// one PostgreSQL database and appends audit events with its own hashing; after each era
// the whole database is dumped as plain SQL. So the fixtures hold exactly what a user's
// database held, not what today's code believes the old code wrote. Run on demand (needs
// git history, PostgreSQL on 127.0.0.1:5432 and pg_dump); the output is committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, run } from './lib.mjs';

/** The commits where the stored audit format or the schema of the chain changed. */
const ERAS = [
  { commit: '47cb8cd', name: '01-first-commit', about: 'whole-object JSON hash (format 0)' },
  { commit: 'cab2ff6', name: '02-sql-append', about: '"prev|seq|payload" hash in SQL (format 1)' },
  { commit: '66df1c9', name: '03-sealed-trigger', about: 'first 0005: seals, queue trigger' },
];
const SERVER = 'postgres://postgres@127.0.0.1:5432';
const DB = `lantoa_fixture_${process.pid}`;
const outDir = path.join(root, 'apps/api/src/db/upgrade-fixtures');

/** Appends events through the era's own build: its createDb, migrations and audit append. */
const WRITER = `
const [dist, url, era] = process.argv.slice(2);
const { createDb } = await import(dist + '/db/create-db.js');
const { migrateToLatest } = await import(dist + '/db/migrate.js');
const { appendAuditEvent } = await import(dist + '/services/append-audit-event.js');
const seal = await import(dist + '/services/seal-audit-events.js').catch(() => null);
const handle = await createDb({ databaseUrl: url });
await migrateToLatest(handle.db);
const append = (i) => handle.db.transaction().execute((trx) => appendAuditEvent(trx, {
  actorId: null, action: era + '.write', entity: 'upgrade-fixture', entityId: String(i),
  unitId: null,
  before: i % 2 ? null : { 'tên': 'Hội CTĐ huyện Kiên Hải', n: i, at: new Date(Date.UTC(2025, 5, 30)) },
  after: { 'tên': 'Hội Chữ thập đỏ tỉnh An Giang', n: i + 1, list: [1, 'ấ', { z: null, y: true }] },
}));
for (let i = 0; i < 4; i++) await append(i);
// From the sealing era on, a database stopped with events still waiting to be sealed.
if (seal) { await seal.sealAuditEvents(handle.db); await append(4); }
await handle.close();
`;

const psql = (sql) =>
  execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', `${SERVER}/postgres`, '-c', sql]);

psql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
psql(`CREATE DATABASE ${DB}`);
mkdirSync(outDir, { recursive: true });
const writer = path.join(os.tmpdir(), `lantoa-era-writer-${process.pid}.mjs`);
writeFileSync(writer, WRITER);
try {
  for (const era of ERAS) {
    const tree = path.join(os.tmpdir(), `lantoa-era-${era.commit}`);
    rmSync(tree, { recursive: true, force: true });
    run('git', ['worktree', 'add', '--detach', '--force', tree, era.commit]);
    try {
      const inTree = { cwd: tree, env: { ...process.env, CI: 'true' } };
      if (run('pnpm', ['install', '--frozen-lockfile', '--silent'], inTree) !== 0) process.exit(1);
      const build = ['exec', 'turbo', 'run', 'build', '--filter=@lantoa/api...'];
      if (run('pnpm', build, inTree) !== 0) process.exit(1);
      const dist = path.join(tree, 'apps/api/dist');
      if (run('node', [writer, dist, `${SERVER}/${DB}`, era.name], inTree) !== 0) process.exit(1);
    } finally {
      run('git', ['worktree', 'remove', '--force', tree]);
    }
    const dump = execFileSync(
      'pg_dump',
      ['--inserts', '--no-owner', '--no-privileges', '--no-comments', `${SERVER}/${DB}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    // psql meta-commands (pg_dump 15.14+ adds \restrict) are not SQL: PGlite could not run them.
    const sqlOnly = dump.replace(/^\\.*\n/gm, '');
    const header = `-- Made by tooling/scripts/make-upgrade-fixtures.mjs: the database as commit ${era.commit} left it (${era.about}).\n`;
    writeFileSync(path.join(outDir, `${era.name}.sql`), header + sqlOnly);
    console.log(`fixture ${era.name}.sql written`);
  }
} finally {
  rmSync(writer, { force: true });
  psql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
}
