// What every indicator rule receives and returns, and the fact index rules read from.
// Facts are sorted canonically once, so outcomes never depend on the order the API sent them in.

import type { Indicator } from '../plan.js';
import type { Bilingual, Fact, IsoDate, Period, RuleSettings, UnitNode } from '../types.js';

export type FactOf<T extends Fact['type']> = Extract<Fact, { type: T }>;
export type CampaignFact = FactOf<'campaign'>;

export interface FactIndex {
  byUnit: Map<string, Fact[]>;
  campaigns: CampaignFact[];
}

export interface RuleContext {
  unit: UnitNode;
  indicator: Indicator;
  period: Period;
  /** The evaluation date; for a closed unit, its closing day (records stop there). */
  asOf: IsoDate;
  rules: RuleSettings;
  facts: FactIndex;
}

export interface RuleOutcome {
  isMet: boolean;
  /** Facts that met the rule, or the partial evidence when it is not met. */
  evidence: Fact[];
  /** What the records show, quoting numbers; a full sentence in each language. */
  detail: Bilingual;
  /** When the rule first held, to tell a late completion from an on-time one. */
  metOn?: IsoDate;
  /** The rule found nothing the unit was asked to do (CT-06 with no campaign for its level). */
  isNotApplicable?: boolean;
}

export type Rule = (ctx: RuleContext) => RuleOutcome;

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function factDate(f: Fact): string {
  switch (f.type) {
    case 'report':
      return f.updatedAt;
    case 'code_of_conduct_session':
    case 'training_course':
      return f.heldOn;
    case 'communication_staff':
      return f.since;
    case 'facebook_page':
      return f.createdOn;
    case 'campaign':
      return f.startsOn;
    case 'campaign_participation':
      return f.participatedOn;
    case 'publication':
      return f.publishedOn;
    case 'app_milestone':
      return f.reachedOn;
  }
}

/** The fields that order two facts of one type and date, compared in this order. */
const ORDER_FIELDS: { [T in Fact['type']]: readonly (keyof FactOf<T>)[] } = {
  report: ['indicator', 'periodKey', 'status', 'claimsMet', 'unitId'],
  code_of_conduct_session: ['unitId'],
  communication_staff: ['name', 'hasSmartphoneSkill', 'until', 'unitId'],
  facebook_page: ['url', 'pageId', 'source', 'lastCheckedOn', 'name', 'recentPostCount', 'unitId'],
  training_course: ['title', 'unitId'],
  campaign: ['campaignId', 'title', 'endsOn'],
  campaign_participation: ['campaignId', 'unitId'],
  publication: ['series', 'title', 'unitId'],
  app_milestone: ['milestone', 'unitId'],
};

type Scalar = string | number | boolean | null | undefined;
const RANK = { undefined: 0, object: 1, boolean: 2, number: 3, string: 4 } as const;

function compareScalars(a: Scalar, b: Scalar): number {
  if (a === b) return 0;
  const ra = RANK[typeof a as keyof typeof RANK] ?? 5;
  const rb = RANK[typeof b as keyof typeof RANK] ?? 5;
  if (ra !== rb) return ra - rb;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/** Content order of two facts of one date: by type, then the type's fields, and only for
 *  facts that still tie (duplicates, or fields outside the list), by their stable JSON. */
function compareContent(a: Fact, b: Fact): number {
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  const fields = ORDER_FIELDS[a.type] as readonly string[];
  const ra = a as unknown as Record<string, Scalar>;
  const rb = b as unknown as Record<string, Scalar>;
  for (const field of fields) {
    const order = compareScalars(ra[field], rb[field]);
    if (order !== 0) return order;
  }
  const sa = stableStringify(a);
  const sb = stableStringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Canonical order: by date, then by content, so outcomes never depend on the order facts
 *  came in. Content is compared field by field, not as a stable JSON of every fact: a
 *  national overview orders ~100,000 facts per request, many of one date (decision 37). */
function canonicalOrder<F extends Fact>(list: F[]): F[] {
  return list
    .map((f) => ({ f, date: factDate(f) }))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : compareContent(a.f, b.f)))
    .map((k) => k.f);
}

/** Groups facts by unit, each unit's in the canonical order (date, then content). */
export function indexFacts(facts: readonly Fact[]): FactIndex {
  const byUnit = new Map<string, Fact[]>();
  const campaigns: CampaignFact[] = [];
  for (const f of facts) {
    if (f.type === 'campaign') {
      campaigns.push(f);
      continue;
    }
    const list = byUnit.get(f.unitId);
    if (list) list.push(f);
    else byUnit.set(f.unitId, [f]);
  }
  for (const [unitId, list] of byUnit) {
    if (list.length > 1) byUnit.set(unitId, canonicalOrder(list));
  }
  return { byUnit, campaigns: canonicalOrder(campaigns) };
}

export function unitFacts<T extends Fact['type']>(
  index: FactIndex,
  unitId: string,
  type: T,
): FactOf<T>[] {
  const list = index.byUnit.get(unitId) ?? [];
  return list.filter((f): f is FactOf<T> => f.type === type);
}

export function within(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return from <= date && date <= to;
}

/** Quotes a record's title in Vietnamese-style quotation marks. */
export function quoted(text: string): string {
  return `“${text}”`;
}
