// One unit's page: every indicator over every period with state, reason and the facts
// behind it, the reporting deadlines it owes, its reports and their history from the audit
// log. A unit closed by the date still has its page: what became of it, its reports and
// history, no indicators and no deadlines.
import { evaluate, type IsoDate, sortUnitsAsTree } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { datedUnits, toUnitNode } from './get-hierarchy.js';
import { getUnitContinuity } from './get-unit-continuity.js';
import { listReportFiles } from './list-report-files.js';
import { listUnitDeadlines } from './list-unit-deadlines.js';
import { loadFacts } from './load-facts.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { toReportDto } from './report-dto.js';

export async function getUnitDetail(
  db: Kysely<Database>,
  readable: Readable,
  unitId: string,
  asOf: IsoDate,
) {
  // The unit, its parent and its children of that day: indexed reads, not the tree.
  const [self, children] = await Promise.all([
    datedUnits(db, asOf).where('u.id', '=', unitId).executeTakeFirst(),
    datedUnits(db, asOf).where('l.parent_id', '=', unitId).execute(),
  ]);
  const open = self ? toUnitNode(self) : undefined;
  const isInReach = (await readable([unitId])).has(unitId);
  const continuity = isInReach ? await getUnitContinuity(db, unitId, asOf) : null;
  const unit = open ?? continuity?.closedUnit;
  if (!unit || !continuity) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const [facts, reports, history, row, plan] = await Promise.all([
    // Its own facts (and the campaigns), not every unit's.
    loadFacts(db, { unitIds: [unitId], asOf }),
    db
      .selectFrom('reports')
      .selectAll()
      .where('unit_id', '=', unitId)
      .orderBy('updated_at', 'desc')
      .execute(),
    db
      .selectFrom('audit_event as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select(['a.seq', 'a.at', 'a.action', 'a.entity_id', 'u.name as actorName'])
      .where('a.entity', '=', 'report')
      .where('a.unit_id', '=', unitId)
      .orderBy('a.seq', 'desc')
      .limit(200)
      .execute(),
    db
      .selectFrom('units')
      .select(['version', 'merged_into'])
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow(),
    loadPlanInForce(db, asOf, unitId),
  ]);
  const evaluations = open ? evaluate({ units: [unit], facts, today: asOf, plan }) : [];
  const [files, deadlines] = await Promise.all([
    listReportFiles(
      db,
      reports.map((r) => r.id),
    ),
    open ? listUnitDeadlines(db, unit, plan, asOf) : [],
  ]);
  const predecessorsInReach = await readable(continuity.predecessors.map((p) => p.id));
  const parent = unit.parentId
    ? await datedUnits(db, asOf).where('u.id', '=', unit.parentId).executeTakeFirst()
    : undefined;
  return {
    unit: { ...unit, version: row.version, mergedInto: row.merged_into },
    closure: continuity.closure,
    predecessors: continuity.predecessors.filter((p) => predecessorsInReach.has(p.id)),
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
    children: sortUnitsAsTree(children.map(toUnitNode)).map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
    })),
    evaluations,
    deadlines,
    reports: reports.map((r) => ({
      ...toReportDto(r),
      files: files.get(r.id) ?? [],
    })),
    history: history.map((h) => ({
      seq: Number(h.seq),
      at: new Date(h.at).toISOString(),
      action: h.action,
      reportId: h.entity_id,
      actorName: h.actorName,
    })),
  };
}
