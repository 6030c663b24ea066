// Seeding at start: the real hierarchy whenever the database has no units; demo units,
// facts, stories and accounts only in demo mode. Idempotent: runs once per database.
// The demo tells today's truth as history: Kiên Giang with its districts from 2022, the
// 1 July 2025 reform (reform-2025.ts), then An Giang with its commune-level chapters.
// It writes business rows with their audit events, so it lives beside the services, not
// in db/ (which holds only the engine, schema and migrations and imports no service).
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from '../services/append-audit-event.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { seedDemoAmbassadors } from './demo-ambassadors.js';
import { seedDemoFacts } from './demo-facts.js';
import { seedAnGiangFacts } from './demo-facts-an-giang.js';
import { seedDemoGiving } from './demo-giving.js';
import { seedAnGiangReports } from './demo-reports-an-giang.js';
import { seedDemoStories } from './demo-stories.js';
import { KIEN_GIANG_UNITS, SAMPLE_GRASSROOTS } from './kien-giang.js';
import { seedReform2025 } from './reform-2025.js';
import { seedSampleProvince } from './sample-province.js';
import { seedUnits } from './seed-units.js';

export interface SeedOptions {
  isDemo: boolean;
  today: IsoDate;
  /** argon2 hash of the demo password; required in demo mode. */
  demoPasswordHash?: string;
  /** Demo only: stop at 30/06/2025, Kiên Giang before the reform (the demo as it was until
   *  this change; tests compare the new demo's history against it). */
  isUntilReform?: boolean;
}

export async function seedIfEmpty(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<'seeded' | 'skipped'> {
  const any = await db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  if (any) return 'skipped';
  await db.transaction().execute(async (trx) => {
    const ids = await seedUnits(trx, KIEN_GIANG_UNITS);
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'seed.hierarchy',
      entity: 'unit',
      entityId: null,
      after: { units: KIEN_GIANG_UNITS.map((u) => u.code) },
    });
    if (!options.isDemo) return;
    if (!options.demoPasswordHash) throw new Error('demo seed needs a password hash');
    const allIds = await seedUnits(trx, SAMPLE_GRASSROOTS);
    for (const [code, id] of allIds) ids.set(code, id);
    await seedDemoFacts(trx, ids, options.today);
    await seedDemoAccounts(trx, ids, options.demoPasswordHash);
    if (!options.isUntilReform) {
      await seedReform2025(trx, ids);
      await seedAnGiangFacts(trx, ids, options.today);
      await seedAnGiangReports(trx, ids);
      await seedDemoStories(trx, ids);
      await seedDemoGiving(trx, ids, options.today);
    }
    await seedDemoAmbassadors(trx, ids);
    await seedSampleProvince(trx, ids, { demoPasswordHash: options.demoPasswordHash });
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'seed.demo',
      entity: 'demo',
      entityId: null,
      after: { sampleUnits: SAMPLE_GRASSROOTS.map((u) => u.code) },
    });
  });
  return 'seeded';
}
