// One unit's page: every indicator over every period with state, reason and the facts
// behind it, the reporting deadlines it owes, its reports and their history from the audit
// log. A unit closed by the date still has its page: what became of it, its reports and
// history, no indicators and no deadlines.
import { evaluate, type IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { getHierarchy } from './get-hierarchy.js';
import { getUnitContinuity } from './get-unit-continuity.js';
import { listReportFiles } from './list-report-files.js';
import { listUnitDeadlines } from './list-unit-deadlines.js';
import { loadFacts } from './load-facts.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { toReportDto } from './report-dto.js';

export async function getUnitDetail(
  db: Kysely<Database>,
  visible: (unitId: string) => boolean,
  unitId: string,
  asOf: IsoDate,
) {
  const tree = await getHierarchy(db, asOf);
  const open = tree.find((u) => u.id === unitId);
  const continuity = visible(unitId) ? await getUnitContinuity(db, unitId, asOf) : null;
  const unit = open ?? continuity?.closedUnit;
  if (!unit || !continuity) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const [facts, reports, history, row, plan] = await Promise.all([
    loadFacts(db),
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
    loadPlanInForce(db, asOf),
  ]);
  const evaluations = open ? evaluate({ units: [unit], facts, today: asOf, plan }) : [];
  const [files, deadlines] = await Promise.all([
    listReportFiles(
      db,
      reports.map((r) => r.id),
    ),
    open ? listUnitDeadlines(db, unit, plan, asOf) : [],
  ]);
  const parent = unit.parentId ? tree.find((u) => u.id === unit.parentId) : undefined;
  return {
    unit: { ...unit, version: row.version, mergedInto: row.merged_into },
    closure: continuity.closure,
    predecessors: continuity.predecessors.filter((p) => visible(p.id)),
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
    children: tree
      .filter((u) => u.parentId === unit.id)
      .map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind })),
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
