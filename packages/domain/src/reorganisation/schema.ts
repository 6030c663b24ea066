// What a reorganisation is: an effective date, its legal basis, a title and dated steps
// (merge, split, dissolve, move, rename, and create for a unit that is simply new). Units
// are named by code, the identifier official lists use, so an imported file, the admin
// form and the 2025 reform all write the same thing (decision 18).
import { z } from 'zod';
import { ZSafeLine } from '../safe-text.js';
import { msg } from '../schema-messages.js';
import { ZIsoDate, ZName, ZUnitCode, ZUnitKind, ZVersion } from '../schemas.js';

/** A unit the reorganisation opens on its date. */
export const ZNewUnit = z.object({
  code: ZUnitCode,
  name: ZName,
  kind: ZUnitKind,
  parentCode: ZUnitCode.nullable(),
});
export type NewUnit = z.output<typeof ZNewUnit>;

const ZCodes = z.array(ZUnitCode).min(1, msg('reorgUnitsRequired')).max(500, msg('invalid'));

export const ZReorganisationStep = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('merge'),
      sources: ZCodes,
      /** The successor: an existing unit's code, or the code of `newUnit`. */
      into: ZUnitCode,
      newUnit: ZNewUnit.omit({ code: true }).optional(),
    }),
    z.object({
      type: z.literal('split'),
      source: ZUnitCode,
      into: z.array(ZNewUnit).min(2, msg('reorgSplitTwo')).max(100, msg('invalid')),
      /** Every unit under the split unit goes to one successor. */
      assignments: z.array(z.object({ unit: ZUnitCode, to: ZUnitCode })).max(2000, msg('invalid')),
    }),
    z.object({ type: z.literal('dissolve'), unit: ZUnitCode }),
    z.object({ type: z.literal('move'), unit: ZUnitCode, parentCode: ZUnitCode }),
    z.object({ type: z.literal('rename'), unit: ZUnitCode, name: ZName }),
    z.object({ type: z.literal('create'), unit: ZNewUnit }),
  ],
  { error: msg('choice') },
);
export type ReorganisationStep = z.output<typeof ZReorganisationStep>;

const ZOptionalLine = ZSafeLine.trim().max(300, msg('textLong')).optional();

export const ZReorganisationInput = z.object({
  effectiveOn: ZIsoDate,
  title: ZSafeLine.trim().min(1, msg('titleRequired')).max(300, msg('textLong')),
  legalBasis: z
    .object({ number: ZOptionalLine, issuedOn: ZIsoDate.optional(), issuer: ZOptionalLine })
    .default({}),
  steps: z
    .array(ZReorganisationStep)
    .min(1, msg('reorgStepsRequired'))
    .max(2000, msg('reorgStepsRequired')),
});
export type ReorganisationInput = z.output<typeof ZReorganisationInput>;

/** Apply says which version of each touched unit it saw in the preview (by code). */
export const ZApplyReorganisationInput = z.object({
  reorganisation: ZReorganisationInput,
  versions: z.record(ZUnitCode, ZVersion),
});
export type ApplyReorganisationInput = z.output<typeof ZApplyReorganisationInput>;
