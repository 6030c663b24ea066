// Runs sealAuditEvents in the background of the app (decision 7): shortly after a write
// (a short delay lets one seal cover many events under load), and on a slow timer for
// events that other processes wrote (another replica, the CLI, the seed). A failure (the
// database is down, a seal that start-up could not make) is retried by that timer and
// reported once per spell of failures, with a word when sealing works again.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sealAuditEvents } from './seal-audit-events.js';

export interface AuditSealerOptions {
  /** How long after a write the seal runs. */
  delayMs?: number;
  /** How often it runs regardless. */
  intervalMs?: number;
  /** The first failure of a spell (the next ones are the same outage). */
  onError: (error: unknown) => void;
  /** Sealing works again after onError. */
  onRecover?: () => void;
}

export class AuditSealer {
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private wanted = false;
  private stopped = false;
  private isFailing = false;
  private readonly interval: ReturnType<typeof setInterval>;
  private readonly delayMs: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: AuditSealerOptions,
  ) {
    this.delayMs = options.delayMs ?? 50;
    this.interval = setInterval(() => this.kick(), options.intervalMs ?? 2_000);
    this.interval.unref();
  }

  /** Something was written: seal soon. Cheap enough to call on every write. */
  kick(): void {
    this.wanted = true;
    if (this.stopped || this.scheduled || this.running) return;
    this.scheduled = setTimeout(() => this.run(), this.delayMs);
    this.scheduled.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.interval);
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
    this.wanted = false;
    while (this.running) await this.running;
  }

  private run(): void {
    this.scheduled = null;
    this.wanted = false;
    this.running = sealAuditEvents(this.db)
      .then(
        () => {
          if (!this.isFailing) return;
          this.isFailing = false;
          this.options.onRecover?.();
        },
        (error: unknown) => {
          if (this.isFailing) return;
          this.isFailing = true;
          this.options.onError(error);
        },
      )
      .finally(() => {
        this.running = null;
        if (this.wanted) this.kick();
      });
  }
}
