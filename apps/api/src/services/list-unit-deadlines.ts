// The plan's reporting deadlines a unit owes (its own plan, each year's report) in the plan
// in force on the view's date, each with what the unit recorded of sending it: what the
// unit page offers to mark as sent (compliance.submitDeadline).
import type { IsoDate, PlanDefinition, UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function listUnitDeadlines(
  db: Kysely<Database>,
  unit: { id: string; kind: UnitKind },
  plan: PlanDefinition,
  asOf: IsoDate,
) {
  const owed = plan.deadlines.filter((d) => d.appliesTo.includes(unit.kind));
  if (owed.length === 0) return [];
  const sent = await db
    .selectFrom('deadline_submissions')
    .select(['deadline_id', 'submitted_on', 'link', 'note', 'version'])
    .where('unit_id', '=', unit.id)
    .where('submitted_on', '<=', asOf)
    .execute();
  return owed.map((d) => {
    const row = sent.find((s) => s.deadline_id === d.id);
    return {
      id: d.id,
      label: d.label,
      due: d.due,
      clause: d.clause,
      submission: row
        ? { submittedOn: row.submitted_on, link: row.link, note: row.note, version: row.version }
        : null,
    };
  });
}
