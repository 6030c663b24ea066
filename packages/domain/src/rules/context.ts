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

/** Groups facts by unit in a canonical order (date, then content). */
export function indexFacts(facts: readonly Fact[]): FactIndex {
  const keyed = facts.map((f) => ({ f, key: `${factDate(f)}|${stableStringify(f)}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byUnit = new Map<string, Fact[]>();
  const campaigns: CampaignFact[] = [];
  for (const { f } of keyed) {
    if (f.type === 'campaign') {
      campaigns.push(f);
      continue;
    }
    const list = byUnit.get(f.unitId);
    if (list) list.push(f);
    else byUnit.set(f.unitId, [f]);
  }
  return { byUnit, campaigns };
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
