// Runs the notices' two passes every LANTOA_NOTICES_TICK_SECONDS: the time-based rules
// (writing notices into the outbox) and the outbox's sender, then any other scheduled job
// (the Facebook pages' daily check). Every API process has one, but of several replicas on
// one database only the holder of a job's lease runs that job on a tick (decision 35); the
// notices' unique key and SKIP LOCKED still make a second runner harmless (decision 23),
// for instance one taking over while a slow holder is still finishing.
// No Redis, no extra service: PostgreSQL (or embedded PGlite) is the queue.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { claimSchedulerLease, releaseSchedulerLeases } from '../services/claim-scheduler-lease.js';
import { generateDigests } from '../services/generate-digests.js';
import { generateTimedNotices } from '../services/generate-timed-notices.js';
import { type Channels, deliverNotices } from './deliver-notices.js';

export interface SchedulerOptions {
  tickMs: number;
  clock?: () => Date;
  onError: (error: unknown) => void;
  /** Other periodic work on the same timer (the Facebook pages' daily check, decision 29),
   *  run after the notices on every tick by the replica holding its lease. */
  jobs?: readonly ScheduledJob[];
}

export interface ScheduledJob {
  /** Also the job's lease: unique among the jobs of a deployment. */
  name: string;
  run: (now: Date) => Promise<unknown>;
}

/** The rules are evaluated at most every 10 minutes; sending runs every tick. */
const RULES_EVERY_MS = 10 * 60_000;
const NOTICES_JOB = 'notices';
/** A lease outlives two missed ticks, so a holder that is merely slow keeps its jobs; a
 *  dead one's jobs wait that long (a clean stop hands them over at once). */
const LEASE_TICKS = 3;
const MIN_LEASE_MS = 60_000;

export class NoticeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastRulesAt = 0;
  private readonly held = new Set<string>();
  /** This process in the leases' table: readable by whoever looks at it. */
  readonly holder = `${os.hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly channels: Channels,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.options.tickMs <= 0 || this.timer) return;
    // The first pass comes one tick after start, not at once: a restarted server answers
    // requests first. On PGlite a pass (every unit judged for reminders, then written and
    // fsynced) shares the one thread with the requests; at start it cut the public badge's
    // throughput under its budget (docs/benchmarks.md).
    this.timer = setInterval(() => void this.tick(), this.options.tickMs);
    this.timer.unref();
  }

  /** One pass; overlapping calls wait for the pass under way instead of starting another. */
  tick(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const now = this.options.clock?.() ?? new Date();
    try {
      if (await this.holds(NOTICES_JOB)) await this.notices(now);
    } catch (error) {
      this.options.onError(error);
    }
    // A failing job neither stops the notices nor the other jobs.
    for (const job of this.options.jobs ?? []) {
      try {
        if (await this.holds(job.name)) await job.run(now);
      } catch (error) {
        this.options.onError(Object.assign(new Error(`${job.name} failed`), { cause: error }));
      }
    }
  }

  private async notices(now: Date): Promise<void> {
    if (now.getTime() - this.lastRulesAt >= RULES_EVERY_MS) {
      await generateTimedNotices(this.db, now);
      await generateDigests(this.db, now);
      this.lastRulesAt = now.getTime();
    }
    while ((await deliverNotices(this.db, this.channels, now)) > 0) {}
  }

  /** Claims (or renews) the job's lease; false while another replica holds it. */
  private async holds(job: string): Promise<boolean> {
    const leaseMs = Math.max(LEASE_TICKS * this.options.tickMs, MIN_LEASE_MS);
    const isHeld = await claimSchedulerLease(this.db, { job, holder: this.holder, leaseMs });
    if (isHeld) this.held.add(job);
    else this.held.delete(job);
    return isHeld;
  }

  /** Stops ticking and hands this process's jobs over to the other replicas at once. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    if (this.held.size === 0) return;
    try {
      await releaseSchedulerLeases(this.db, this.holder, [...this.held]);
      this.held.clear();
    } catch (error) {
      // The leases then lapse by themselves.
      this.options.onError(error);
    }
  }
}
