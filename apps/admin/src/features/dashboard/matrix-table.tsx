// One level of the matrix: the chosen unit itself, then its children, each with its own
// state per indicator and, under it, the share met across the child's branch. A child with
// units below it is a link one level down; every row links to its unit page. The first
// column sticks while the table scrolls sideways on a phone; states are words, not colour.
import { formatPercent, UNIT_KIND_LABELS } from '@lantoa/domain';
import { Link } from '@tanstack/react-router';
import { StateBadge } from '../../components/state-badge';
import { useLang } from '../../lib/i18n';
import type { Matrix } from '../../lib/types';

type Row = Matrix['rows'][number];
type Cells = Row['cells'];

function CellsOf({
  matrix,
  cells,
  tallies,
}: {
  matrix: Matrix;
  cells: Cells;
  tallies?: Row['rollups'];
}) {
  const { t } = useLang();
  return matrix.indicators.map((ind) => {
    const cell = cells[ind.code];
    const tally = tallies?.[ind.code];
    return (
      <td key={ind.code}>
        {cell ? <StateBadge state={cell.state} title={t(cell.reason)} /> : '—'}
        {tally && tally.applicable > 0 ? (
          <span className="branch-tally">
            {tally.met}/{tally.applicable} ({formatPercent(tally.met, tally.applicable)})
          </span>
        ) : null}
      </td>
    );
  });
}

function UnitHeader({ unit, label }: { unit: Row['unit'] | Matrix['root']; label?: string }) {
  const { t } = useLang();
  const canDrill = 'hasChildren' in unit && unit.hasChildren;
  return (
    <th scope="row" className="sticky-col">
      {canDrill ? (
        <Link to="/" search={(s) => ({ ...s, root: unit.id })} className="unit-link">
          {unit.name}
        </Link>
      ) : (
        <span className="unit-name">{unit.name}</span>
      )}
      <span className="unit-kind">
        {label ?? t(UNIT_KIND_LABELS[unit.kind])}
        {unit.isSample ? ` · ${t('sample')}` : ''}
        {' · '}
        <Link to="/units/$unitId" params={{ unitId: unit.id }}>
          {t('unitPage')}
        </Link>
      </span>
    </th>
  );
}

export function MatrixTable({ matrix, rows }: { matrix: Matrix; rows: Row[] }) {
  const { t } = useLang();
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
          <tr className="self-row">
            <UnitHeader unit={matrix.self.unit} label={t('thisUnit')} />
            <CellsOf matrix={matrix} cells={matrix.self.cells} />
          </tr>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <UnitHeader unit={row.unit} />
              <CellsOf matrix={matrix} cells={row.cells} tallies={row.rollups} />
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
              return <td key={ind.code}>{r && r.applicable > 0 ? t(r.label) : '—'}</td>;
            })}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
