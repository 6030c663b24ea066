// A plan_amendments row as the domain's PlanAmendment, and as the admin app lists it.
import { type PlanAmendment, ZPlanChange } from '@lantoa/domain';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { PlanAmendmentTable } from '../db/schema.js';

export type PlanAmendmentRow = Selectable<PlanAmendmentTable>;

const ZStoredChanges = z.array(ZPlanChange);

/** Changes were validated when recorded; parsing again keeps a hand-edited row from
 *  reaching the engine as anything but a loud failure. */
export function toPlanAmendment(row: PlanAmendmentRow): PlanAmendment {
  return {
    id: row.id,
    recordedAt: new Date(row.created_at).toISOString(),
    effectiveOn: row.effective_on,
    legalBasis: {
      number: row.legal_number,
      issuedOn: row.legal_issued_on,
      issuer: row.legal_issuer,
    },
    summary: row.summary,
    changes: ZStoredChanges.parse(row.changes),
  };
}

export function toPlanAmendmentDto(row: PlanAmendmentRow, today: string) {
  return {
    ...toPlanAmendment(row),
    version: row.version,
    isSample: row.is_sample,
    isInForce: row.withdrawn_at === null && row.effective_on <= today,
    withdrawnAt: row.withdrawn_at === null ? null : new Date(row.withdrawn_at).toISOString(),
  };
}
export type PlanAmendmentDto = ReturnType<typeof toPlanAmendmentDto>;
