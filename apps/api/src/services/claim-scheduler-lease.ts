// One replica runs each scheduled job (decision 35). Claiming is one INSERT … ON CONFLICT
// DO UPDATE … WHERE: PostgreSQL and PGlite both serialise it on the job's row, so of two
// replicas ticking at once exactly one gets the row back. The holder keeps the job on its
// later ticks (each claim renews the lease); another replica takes it over only once the
// lease has lapsed (the holder stopped or died) or was released at a clean stop. The
// database's clock decides, so replicas whose clocks drift still agree.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export interface LeaseClaim {
  job: string;
  /** The claiming process (host, pid and a random part: see NoticeScheduler). */
  holder: string;
  leaseMs: number;
}

/** Whether `holder` may run `job` now; when it may, the lease is its own for `leaseMs`. */
export async function claimSchedulerLease(
  db: Kysely<Database>,
  { job, holder, leaseMs }: LeaseClaim,
): Promise<boolean> {
  const heldUntil = sql<Date>`now() + ${`${Math.round(leaseMs)} milliseconds`}::interval`;
  const row = await db
    .insertInto('scheduler_leases')
    .values({ job, holder, held_until: heldUntil })
    .onConflict((oc) =>
      oc
        .column('job')
        .doUpdateSet((eb) => ({
          holder: eb.ref('excluded.holder'),
          held_until: eb.ref('excluded.held_until'),
        }))
        .where((eb) =>
          eb.or([
            eb('scheduler_leases.holder', '=', holder),
            eb('scheduler_leases.held_until', '<=', sql<Date>`now()`),
          ]),
        ),
    )
    .returning('job')
    .executeTakeFirst();
  return row !== undefined;
}

/** Ends `holder`'s leases at once, so that another replica takes the jobs on its next tick. */
export async function releaseSchedulerLeases(
  db: Kysely<Database>,
  holder: string,
  jobs: readonly string[],
): Promise<void> {
  if (jobs.length === 0) return;
  await db
    .updateTable('scheduler_leases')
    .set({ held_until: sql<Date>`now()` })
    .where('holder', '=', holder)
    .where('job', 'in', jobs)
    .execute();
}
