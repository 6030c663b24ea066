// The shapes of /public/v1: query parameters and response bodies as zod schemas. The routes
// type their bodies with these (z.infer) and read their parameters through them, and
// openapi-document.ts turns the same schemas into the published OpenAPI 3.1 document, so
// the document cannot drift from what the routes answer (openapi.test.ts checks real bodies).
import { COMPLIANCE_STATES, INDICATOR_CODES, UNIT_KINDS } from '@lantoa/domain';
import { z } from 'zod';

export const ZLang = z
  .enum(['vi', 'en'])
  .default('vi')
  .describe('Language of the words in the answer: Vietnamese (default) or English.');

export const ZIndicatorCode = z.enum(INDICATOR_CODES).describe('An indicator of the plan.');

/** In answers: an amendment may add indicators past CT-08 (decision 15). */
const ZIndicatorCodeOut = z.string().regex(/^CT-[0-9]{2,}$/);

export const ZStoryLimit = z
  .int()
  .min(1)
  .max(12)
  .default(3)
  .describe('How many stories, newest first; values outside 1–12 are brought within it.');

export const ZRollupYear = z
  .int()
  .min(2022)
  .max(2100)
  .describe('The year to judge yearly indicators on (default: the current year).');

export const ZUnitCode = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('A unit code: lowercase letters, digits and single hyphens.');

export const ZIsoDate = z.iso.date();

export const ZPublicError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .object({ fieldErrors: z.record(z.string(), z.array(z.string())) })
      .optional()
      .describe('For a refused form: the messages for each field, in the language asked.'),
  }),
});

const ZUnitRef = z.object({ code: z.string(), name: z.string() });

export const ZPublicUnit = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  kindLabel: z.string(),
  parentCode: z.string().nullable(),
});

export const ZUnitsBody = z.object({ asOf: ZIsoDate, units: z.array(ZPublicUnit) });

const ZIndicatorState = z.object({
  code: ZIndicatorCodeOut,
  title: z.string(),
  state: z.enum(COMPLIANCE_STATES),
  stateLabel: z.string(),
  reason: z.string(),
  due: ZIsoDate,
  periodKey: z.string(),
});

export const ZComplianceBody = z.object({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS) }),
  asOf: ZIsoDate,
  closed: z
    .object({
      on: ZIsoDate,
      message: z.string(),
      successor: ZUnitRef.nullable(),
      // Every unit it became (a split names several; decision 19).
      successors: z.array(ZUnitRef),
    })
    .optional()
    .describe('Present when the unit has closed: what became of it.'),
  indicators: z.array(ZIndicatorState),
});

export const ZPublicStory = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  html: z.string().describe('Sanitised HTML: a short allow-list of tags, no scripts.'),
  coverImageUrl: z.string().nullable(),
  permalink: z.string(),
  publishedAt: z.iso.datetime(),
  tags: z.array(z.string()),
});

export const ZStoriesBody = z.object({ unit: ZUnitRef, stories: z.array(ZPublicStory) });

const ZRollupFigure = z.object({
  applicable: z.int().min(0),
  met: z.int().min(0),
  share: z.number().min(0).max(1),
  label: z
    .string()
    .describe('The figure in words, e.g. "85/102 Hội CTĐ xã, phường, đặc khu (83%)".'),
  percent: z.string().describe('Whole percent rounded down, or "—" when nothing applies.'),
});

export const ZRollupsBody = z.object({
  province: ZUnitRef,
  asOf: ZIsoDate,
  year: z.int(),
  indicators: z.array(
    ZRollupFigure.extend({
      code: ZIndicatorCodeOut,
      title: z.string(),
      periodKey: z.string(),
      periodLabel: z.string(),
    }),
  ),
});

export type UnitsBody = z.infer<typeof ZUnitsBody>;
export type ComplianceBody = z.infer<typeof ZComplianceBody>;
export type StoriesBody = z.infer<typeof ZStoriesBody>;
export type RollupsBody = z.infer<typeof ZRollupsBody>;

/** A query value through its schema; what does not fit falls back to the schema's default,
 *  as the public routes always have (a bad `lang` is Vietnamese, not a 400). */
export function readQuery<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}
