// A reorganisation as the API returns it. A planned one whose date has come reads as
// applied: its rows were written with their dates, so no job has to flip it (decision 18).
import { type IsoDate, type ReorganisationStep, ZReorganisationStep } from '@lantoa/domain';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ReorganisationTable } from '../db/schema.js';

const ZSteps = z.array(ZReorganisationStep);

export function toReorganisationDto(row: Selectable<ReorganisationTable>, today: IsoDate) {
  // Validated on the way out too: a row written by an older build must still be what it says.
  const steps: ReorganisationStep[] = ZSteps.parse(row.steps);
  const isPending = row.status === 'planned' && row.effective_on > today;
  return {
    id: row.id,
    effectiveOn: row.effective_on,
    title: row.title,
    legalBasis: {
      number: row.legal_number,
      issuedOn: row.legal_issued_on,
      issuer: row.legal_issuer,
    },
    steps,
    status: row.status === 'cancelled' ? 'cancelled' : isPending ? 'planned' : 'applied',
    canCancel: isPending,
    isSample: row.is_sample,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  } as const;
}
