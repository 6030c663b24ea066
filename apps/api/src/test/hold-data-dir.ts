// Child process for the lock tests: opens a data directory, writes a row it will be asked
// about after a kill -9, says "ready" and holds the directory until it is killed.
import { sql } from 'kysely';
import { createDb } from '../db/create-db.js';

const [dataDir, value] = process.argv.slice(2) as [string, string];
const handle = await createDb({ dataDir });
await sql`CREATE TABLE IF NOT EXISTS lock_probe (value text)`.execute(handle.db);
await sql`INSERT INTO lock_probe (value) VALUES (${value})`.execute(handle.db);
process.stdout.write(`ready ${process.pid}\n`);
setInterval(() => {}, 60_000);
