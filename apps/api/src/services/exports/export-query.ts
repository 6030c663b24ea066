// What an export may be asked for, checked like every other input (decision 12).
import { RECORD_KINDS, type RecordKind, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';

export const ZExportQuery = z.object({
  rootId: z.uuid().optional(),
  asOf: ZIsoDate.optional(),
  year: z.coerce.number().int().min(2022).max(2030).optional(),
  horizonDays: z.coerce.number().int().min(1).max(366).default(30),
  recordKind: z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]).default('training_course'),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export type ExportQuery = z.infer<typeof ZExportQuery>;
