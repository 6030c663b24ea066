// The figures of an official report, as of the period's end: each indicator's roll-up in
// the plan's words for the unit's subtree and for each unit directly under it, and the
// units late or missing on that day. Read through evaluateSubtree, as every compliance view.
import {
  type Bilingual,
  deadlineCalendar,
  type IsoDate,
  periodLabel,
  rollup,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { evaluateSubtree } from '../evaluate-subtree.js';

export interface IndicatorFigure {
  code: string;
  title: string;
  period: string;
  /** "12/15 huyện, thành Hội (80%)", or the unit's own state when it is the only one counted. */
  result: string;
  met: number;
  applicable: number;
}

export interface ChildFigure {
  unit: UnitNode;
  /** Per indicator: "met/applicable", or "—" when nothing under the child counts. */
  cells: string[];
}

export interface LateItem {
  unitName: string;
  what: string;
  due: IsoDate;
}

export interface ReportFigures {
  root: UnitNode;
  units: UnitNode[];
  indicators: IndicatorFigure[];
  children: ChildFigure[];
  late: LateItem[];
}

const vi = (b: Bilingual) => b.vi;

export async function reportFigures(
  db: Kysely<Database>,
  visible: Readable,
  query: { rootId: string; asOf: IsoDate; year: number },
): Promise<ReportFigures> {
  const subtree = await evaluateSubtree(db, visible, query.rootId, query);
  const { root, units, periods, evaluations, plan } = subtree;
  const base = { units, evaluations, indicators: plan.indicators };
  const indicators = periods.map(({ indicator, period }) => {
    const r = rollup({
      ...base,
      rootId: root.id,
      indicator: indicator.code,
      periodKey: period.key,
    });
    const own = evaluations.find((e) => e.unitId === root.id && e.indicator === indicator.code);
    // A roll-up that counts no unit of the subtree (CT-07 under a commune) is the unit's own state.
    const result = r.applicable > 0 ? vi(r.label) : own ? vi(own.reason) : '—';
    return {
      code: indicator.code,
      title: indicator.shortTitle.vi,
      period: vi(periodLabel(period.key, period.due)),
      result,
      met: r.met,
      applicable: r.applicable,
    };
  });
  const children = units
    .filter((u) => u.parentId === root.id)
    .map((unit) => ({
      unit,
      cells: periods.map(({ indicator, period }) => {
        const r = rollup({
          ...base,
          rootId: unit.id,
          indicator: indicator.code,
          periodKey: period.key,
        });
        return r.applicable > 0 ? `${r.met}/${r.applicable}` : '—';
      }),
    }));
  const completed = await db
    .selectFrom('deadline_submissions')
    .select(['unit_id as unitId', 'deadline_id as deadlineId'])
    .where('submitted_on', '<=', query.asOf)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const late = deadlineCalendar({
    hierarchy: units,
    evaluations,
    today: query.asOf,
    horizonDays: 1,
    completed,
    deadlines: plan.deadlines,
    indicators: plan.indicators,
  })
    .filter((item) => item.state === 'overdue')
    .map((item) => ({
      unitName: byId.get(item.unitId)?.name ?? '',
      what: vi(item.label),
      due: item.due,
    }));
  return { root, units, indicators, children, late };
}
