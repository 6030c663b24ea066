// Dashboard: the matrix for a year and subtree, the plan's roll-ups, what is due, and
// progress over the plan's years. Year and subtree live in the URL.
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { defaultYear, PLAN_YEARS } from '../../lib/search';
import { DueList, sortDeadlines } from './due-list';
import { MatrixTable } from './matrix-table';
import { ProgressChart } from './progress-chart';
import { RollupList } from './rollup-list';

const route = getRouteApi('/_app/');

export function DashboardPage() {
  const { t } = useLang();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asOf = useAsOf();
  const year = search.year ?? defaultYear(asOf);
  const rootId = search.root;
  const { data: matrix } = useSuspenseQuery(
    trpc.compliance.matrix.queryOptions({ year, rootId, asOf }),
  );
  const { data: deadlines } = useSuspenseQuery(
    trpc.compliance.deadlines.queryOptions({ rootId, asOf, horizonDays: 30 }),
  );
  // The tree of the day looked at: after the 2025 reform, an earlier date has other units.
  const { data: tree } = useSuspenseQuery(trpc.units.tree.queryOptions({ asOf }));
  const roots = tree.units.filter(
    (u) => u.kind === 'province' || u.kind === 'district' || u.kind === 'commune',
  );
  const due = sortDeadlines(deadlines).slice(0, 8);

  return (
    <>
      <h1>{t('navDashboard')}</h1>
      <AsOfControl />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t('year')}</span>
          <select
            value={year}
            onChange={(e) => navigate({ search: (s) => ({ ...s, year: Number(e.target.value) }) })}
          >
            {PLAN_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('subtree')}</span>
          <select
            value={rootId ?? matrix.root.id}
            onChange={(e) => navigate({ search: (s) => ({ ...s, root: e.target.value }) })}
          >
            {roots.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </form>

      <section aria-labelledby="matrix-title" className="card">
        <h2 id="matrix-title">
          {t('matrixTitle')} — {matrix.root.name}, {year}
          {asOf ? ` (${t({ vi: 'ngày', en: 'as of' })} ${formatDate(asOf)})` : ''}
        </h2>
        <p className="muted small">{t('matrixHint')}</p>
        {matrix.rows.length === 0 ? <Empty /> : <MatrixTable matrix={matrix} />}
      </section>

      <div className="grid-2">
        <section aria-labelledby="rollups-title" className="card">
          <h2 id="rollups-title">{t('rollupsTitle')}</h2>
          <RollupList matrix={matrix} />
        </section>
        <section aria-labelledby="due-title" className="card">
          <h2 id="due-title">{t('dueTitle')}</h2>
          {due.length === 0 ? <Empty>{t('deadlinesEmpty')}</Empty> : <DueList items={due} />}
          <p>
            <Link to="/deadlines" search={{ root: rootId }}>
              {t('navDeadlines')} ({deadlines.length}) →
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="chart-title" className="card">
        <h2 id="chart-title">{t('chartTitle')}</h2>
        <p className="muted small">{t('chartDesc')}</p>
        <ProgressChart rootId={rootId} current={matrix} />
      </section>
    </>
  );
}
