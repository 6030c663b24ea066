// Judges the units one matrix level needs and sums the roll-ups of the root and of each
// child, a chunk of units at a time: memory holds one chunk's facts and evaluations and a
// counter per child × indicator, never the subtree's evaluations. Each unit is judged from
// its own facts only (the domain's `judge`), so chunks give the same states as one pass.
import {
  type Bilingual,
  type ComplianceState,
  evaluate,
  type Indicator,
  type IsoDate,
  type Period,
  type PlanDefinition,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { loadFacts } from '../load-facts.js';
import type { CountedUnit } from './level-units.js';

/** Units judged per round trip: one statement's parameters stay well under PostgreSQL's. */
const CHUNK = 1000;

export interface MatrixCell {
  state: ComplianceState;
  reason: Bilingual;
  periodKey: string;
  due: string;
}

export interface Tally {
  met: number;
  applicable: number;
}

export interface LevelTallyInput {
  plan: PlanDefinition;
  periods: { indicator: Indicator; period: Period }[];
  asOf: IsoDate;
  /** Units whose own cells are shown: the root and the page's children. */
  shown: readonly UnitNode[];
  counted: readonly CountedUnit[];
}

export interface LevelTally {
  cells: Map<string, Record<string, MatrixCell>>;
  /** Per indicator: the root's subtree. */
  root: Map<string, Tally>;
  /** Per child id, per indicator: that child's subtree. */
  byChild: Map<string, Map<string, Tally>>;
}

function bump(tallies: Map<string, Tally>, code: string, isMet: boolean) {
  const t = tallies.get(code) ?? { met: 0, applicable: 0 };
  t.applicable += 1;
  if (isMet) t.met += 1;
  tallies.set(code, t);
}

export async function tallyLevel(
  db: Kysely<Database>,
  input: LevelTallyInput,
): Promise<LevelTally> {
  const { plan, periods, asOf, shown, counted } = input;
  const chosen = new Set(periods.map(({ indicator, period }) => `${indicator.code}|${period.key}`));
  const periodKeys = [...new Set(periods.map((p) => p.period.key))];
  const kindsOf = new Map(plan.indicators.map((i) => [i.code, new Set(i.rollupKinds)]));
  const childOf = new Map(counted.map((c) => [c.unit.id, c.childId]));
  const shownIds = new Set(shown.map((u) => u.id));
  const units = new Map<string, UnitNode>(counted.map((c) => [c.unit.id, c.unit]));
  for (const u of shown) units.set(u.id, u);
  const all = [...units.values()];
  const out: LevelTally = { cells: new Map(), root: new Map(), byChild: new Map() };
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    const facts = await loadFacts(db, { unitIds: chunk.map((u) => u.id), periodKeys, asOf });
    for (const e of evaluate({ units: chunk, facts, today: asOf, plan, periodKeys })) {
      if (!chosen.has(`${e.indicator}|${e.periodKey}`)) continue;
      if (shownIds.has(e.unitId)) {
        const row = out.cells.get(e.unitId) ?? {};
        row[e.indicator] = { state: e.state, reason: e.reason, periodKey: e.periodKey, due: e.due };
        out.cells.set(e.unitId, row);
      }
      const unit = units.get(e.unitId);
      if (!childOf.has(e.unitId) || !unit || e.state === 'not_applicable') continue;
      if (!kindsOf.get(e.indicator)?.has(unit.kind)) continue;
      const isMet = e.state === 'met';
      bump(out.root, e.indicator, isMet);
      const childId = childOf.get(e.unitId);
      if (!childId) continue;
      const child = out.byChild.get(childId) ?? new Map<string, Tally>();
      bump(child, e.indicator, isMet);
      out.byChild.set(childId, child);
    }
  }
  return out;
}
