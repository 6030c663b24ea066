// Runs the notices' two passes in every API process, every LANTOA_NOTICES_TICK_SECONDS:
// the time-based rules (writing notices into the outbox) and the outbox's sender, then any
// other scheduled job (the Facebook pages' daily check). Every
// replica runs it; the notices' unique key and SKIP LOCKED make that safe (decision 23).
// No Redis, no extra service: PostgreSQL (or embedded PGlite) is the queue.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { generateDigests } from '../services/generate-digests.js';
import { generateTimedNotices } from '../services/generate-timed-notices.js';
import { type Channels, deliverNotices } from './deliver-notices.js';

export interface SchedulerOptions {
  tickMs: number;
  clock?: () => Date;
  onError: (error: unknown) => void;
  /** Other periodic work on the same timer (the Facebook pages' daily check, decision 29),
   *  run after the notices on every tick; each is safe to run on every replica. */
  jobs?: readonly ScheduledJob[];
}

export interface ScheduledJob {
  name: string;
  run: (now: Date) => Promise<unknown>;
}

/** The rules are evaluated at most every 10 minutes; sending runs every tick. */
const RULES_EVERY_MS = 10 * 60_000;

export class NoticeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastRulesAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly channels: Channels,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.options.tickMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs);
    this.timer.unref();
    void this.tick();
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
      if (now.getTime() - this.lastRulesAt >= RULES_EVERY_MS) {
        await generateTimedNotices(this.db, now);
        await generateDigests(this.db, now);
        this.lastRulesAt = now.getTime();
      }
      while ((await deliverNotices(this.db, this.channels, now)) > 0) {}
    } catch (error) {
      this.options.onError(error);
    }
    // A failing job neither stops the notices nor the other jobs.
    for (const job of this.options.jobs ?? []) {
      try {
        await job.run(now);
      } catch (error) {
        this.options.onError(Object.assign(new Error(`${job.name} failed`), { cause: error }));
      }
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
