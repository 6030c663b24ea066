// What the national overview keeps between requests: each province's judged tallies (its own
// cells and its subtree's met/applicable per indicator) for one plan, year and day. Judging a
// province means reading and judging every commune-level chapter in it; Central's overview
// judges all 34 provinces (3,300 chapters, ~35,000 facts) on every visit without this.
//
// Entries are dropped by the same signal that keeps the public caches true (decision 13):
// every write that changes facts calls onFactsChanged with the units it touched (none means
// everything: a reorganisation, a plan amendment, a campaign), locally and, through the
// invalidation bridge, from other replicas. Unit ids are turned into provinces lazily, at the
// next overview, in one query over the dated ancestor table: so a unit's past provinces
// (Kiên Giang before the merger) lose their entries too. A computation that began before a
// change to its province was settled is not stored (epochs), and an entry lives at most
// MAX_AGE_MS in case some write path ever forgets to notify (decision 37).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MatrixCell, Tally } from './tally-level.js';

export interface ProvinceTally {
  /** The province's own cells, by indicator code. */
  cells: Record<string, MatrixCell>;
  /** Its subtree's counted units, by indicator code. */
  tallies: Map<string, Tally>;
}

interface Entry {
  provinceId: string;
  value: ProvinceTally;
  storedAt: number;
}

const MAX_AGE_MS = 10 * 60_000;
/** Past this many entries (34 provinces × a few days and years asked), the oldest go first. */
const MAX_ENTRIES = 2_000;

export class ProvinceTallies {
  private readonly entries = new Map<string, Entry>();
  private readonly changedUnits = new Set<string>();
  private isEverythingChanged = false;
  /** Counts changes heard; a computation remembers the count it began at. */
  private epoch = 0;
  private everythingAt = -1;
  /** Per province, the epoch at which a change to it was last settled. */
  private readonly touchedAt = new Map<string, number>();

  constructor(private readonly clock: () => number = Date.now) {}

  static key(provinceId: string, planId: string, year: number, asOf: string): string {
    return `${provinceId}|${planId}|${year}|${asOf}`;
  }

  /** Called with the units whose facts changed; [] means everything. Never waits. */
  invalidate(unitIds: readonly string[]): void {
    this.epoch += 1;
    if (unitIds.length === 0) {
      this.isEverythingChanged = true;
      this.everythingAt = this.epoch;
    } else for (const id of unitIds) this.changedUnits.add(id);
  }

  /** A token to hand back to `store`: a change after it makes the stored value stale. */
  begin(): number {
    return this.epoch;
  }

  /** Applies the changes heard so far: drops every entry of a province that is, or ever was,
   *  above a changed unit. One indexed query, only when something changed. Calls queue behind
   *  each other, so no request reads entries an earlier settle is still dropping. */
  settle(db: Kysely<Database>): Promise<void> {
    const run = this.settling.then(() => this.applyChanges(db));
    this.settling = run.catch(() => {});
    return run;
  }

  private settling: Promise<void> = Promise.resolve();

  private async applyChanges(db: Kysely<Database>): Promise<void> {
    if (this.isEverythingChanged) {
      this.isEverythingChanged = false;
      this.changedUnits.clear();
      this.entries.clear();
      return;
    }
    if (this.changedUnits.size === 0) return;
    const unitIds = [...this.changedUnits];
    this.changedUnits.clear();
    const settledAt = this.epoch;
    const rows = await db
      .selectFrom('unit_ancestors')
      .select('ancestor_id as id')
      .where('unit_id', '=', (eb) => eb.fn.any(eb.val(unitIds)))
      .union(
        db
          .selectFrom('unit_tenants')
          .select('tenant_id as id')
          .where('unit_id', '=', (eb) => eb.fn.any(eb.val(unitIds))),
      )
      .execute()
      .catch((error: unknown) => {
        // The changes must not be forgotten: unknown provinces mean every province.
        this.isEverythingChanged = true;
        this.everythingAt = settledAt;
        throw error;
      });
    const touched = new Set(rows.map((r) => r.id));
    for (const id of touched) this.touchedAt.set(id, settledAt);
    for (const [key, entry] of this.entries) {
      if (touched.has(entry.provinceId)) this.entries.delete(key);
    }
  }

  get(key: string): ProvinceTally | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.storedAt > MAX_AGE_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a value computed since `begin()` returned `epoch`, unless a change to everything,
   *  or one settled as its province's, came after that: the value may predate it. A change
   *  not settled yet drops the entry at the next `settle`. */
  store(key: string, provinceId: string, value: ProvinceTally, epoch: number): void {
    if (epoch < this.everythingAt || epoch < (this.touchedAt.get(provinceId) ?? -1)) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { provinceId, value, storedAt: this.clock() });
  }

  get size(): number {
    return this.entries.size;
  }
}
