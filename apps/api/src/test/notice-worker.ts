// One "replica" for the exactly-once test: a separate process on the shared PostgreSQL
// database running the notices' passes in a loop, as every API process does, mailing to
// the test's SMTP server. NOW fixes the start of its clock; LEASE_MS shortens the lease.
import { createDb } from '../db/create-db.js';
import { deliverNotices } from '../notices/deliver-notices.js';
import { createMailer } from '../notices/mailer.js';
import { lazySigningKey } from '../notices/unsubscribe-token.js';
import { generateTimedNotices } from '../services/generate-timed-notices.js';

const env = process.env;
const handle = await createDb({ databaseUrl: env.DATABASE_URL, poolSize: 3 });
const mailer = createMailer(handle.db, { smtpUrl: env.SMTP_URL, from: 'Lan Tỏa <test@lantoa.vn>' });
const channels = {
  mailer,
  zalo: null,
  linkOrigin: 'https://lantoa.example.vn',
  signingKey: lazySigningKey(handle.db),
};
const startedAt = Date.now();
const clock = () => new Date(Date.parse(String(env.NOW)) + (Date.now() - startedAt));
const leaseMs = Number(env.LEASE_MS ?? 3000);
console.log('ready');
for (;;) {
  await generateTimedNotices(handle.db, clock());
  const sent = await deliverNotices(handle.db, channels, clock(), { limit: 2, leaseMs });
  console.log(`pass ${sent}`);
  if (sent === 0) await new Promise((r) => setTimeout(r, 200));
}
