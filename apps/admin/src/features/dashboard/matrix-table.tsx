// Units × indicators for one year. The first column sticks while the table scrolls
// sideways on a phone; every cell says its state in words, with an icon and a colour.
import { UNIT_KIND_LABELS } from '@lantoa/domain';
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../components/state-badge';
import { useLang } from '../../lib/i18n';
import type { Matrix } from '../../lib/types';

function depths(rows: Matrix['rows']): Map<string, number> {
  const parent = new Map(rows.map((r) => [r.unit.id, r.unit.parentId]));
  const out = new Map<string, number>();
  for (const { unit } of rows) {
    let depth = 0;
    let p = unit.parentId;
    while (p && parent.has(p) && depth < 10) {
      depth += 1;
      p = parent.get(p) ?? null;
    }
    out.set(unit.id, depth);
  }
  return out;
}

export function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useLang();
  const depthOf = depths(matrix.rows);
  const rollupOf = new Map(matrix.rollups.map((r) => [r.indicator, r]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
    <section className="table-scroll" aria-labelledby="matrix-title" tabIndex={0}>
      <table className="matrix">
        <caption className="visually-hidden">{t('matrixTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              {t('unit')}
            </th>
            {matrix.indicators.map((ind) => (
              <th scope="col" key={ind.code}>
                <span className="ind-code">{ind.code}</span>
                <span className="ind-title">{t(ind.shortTitle)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map(({ unit, cells }) => (
            <tr key={unit.id}>
              <th scope="row" className="sticky-col">
                <Link
                  to="/units/$unitId"
                  params={{ unitId: unit.id }}
                  className={`unit-link depth-${Math.min(depthOf.get(unit.id) ?? 0, 3)}`}
                >
                  {unit.name}
                </Link>
                <span className="unit-kind">
                  {t(UNIT_KIND_LABELS[unit.kind])}
                  {unit.isSample ? ` · ${t('sample')}` : ''}
                </span>
              </th>
              {matrix.indicators.map((ind) => {
                const cell = cells[ind.code];
                return (
                  <td key={ind.code}>
                    {cell ? <StateBadge state={cell.state} title={t(cell.reason)} /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="sticky-col">
              {t('rollupsTitle')}
            </th>
            {matrix.indicators.map((ind) => {
              const r = rollupOf.get(ind.code);
              return <td key={ind.code}>{r ? t(r.label) : '—'}</td>;
            })}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
