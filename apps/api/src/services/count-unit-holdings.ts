// How many reports, records and stories each unit holds: what a reorganisation's preview
// shows as staying with the units it changes (nothing is reassigned, decision 18).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type AnyDb, RECORD_KIND_DEFS } from './record-kinds.js';

export interface Holdings {
  reports: number;
  records: number;
  stories: number;
}

async function countByUnit(db: AnyDb, table: string, unitIds: string[]) {
  const rows: { unit_id: string; n: string | number | bigint }[] = await db
    .selectFrom(table)
    .select(['unit_id', db.fn.countAll().as('n')])
    .where('unit_id', 'in', unitIds)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
}

export async function countUnitHoldings(
  db: Kysely<Database>,
  unitIds: string[],
): Promise<Map<string, Holdings>> {
  const out = new Map<string, Holdings>();
  if (unitIds.length === 0) return out;
  const any = db as unknown as AnyDb;
  const recordTables = [...new Set(Object.values(RECORD_KIND_DEFS).map((d) => d.table))];
  const [reports, stories, ...records] = await Promise.all([
    countByUnit(any, 'reports', unitIds),
    countByUnit(any, 'stories', unitIds),
    ...recordTables.map((t) => countByUnit(any, t, unitIds)),
  ]);
  for (const id of unitIds) {
    out.set(id, {
      reports: reports.get(id) ?? 0,
      stories: stories.get(id) ?? 0,
      records: records.reduce((sum, m) => sum + (m.get(id) ?? 0), 0),
    });
  }
  return out;
}
