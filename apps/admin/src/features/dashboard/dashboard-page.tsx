// Dashboard: the matrix for a year, one level of the tree at a time (drill down by a
// unit's name, back up by the breadcrumb), the plan's roll-ups, what is due, and progress
// over the plan's years. Year, level and as-of date live in the URL.
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { defaultYear, PLAN_YEARS } from '../../lib/search';
import { useRestOfScreen } from '../../lib/use-first-view';
import { useNearView } from '../../lib/use-near-view';
import { ExportLinks } from '../exports/export-links';
import { dashboardDeadlines } from './deadline-pages';
import { DueList } from './due-list';
import { MatrixBreadcrumb } from './matrix-breadcrumb';
import { matrixPages } from './matrix-pages';
import { MatrixTable } from './matrix-table';
import { ProgressChart } from './progress-chart';
import { RollupList } from './rollup-list';

const route = getRouteApi('/_app/');

export function DashboardPage() {
  const { t } = useLang();
  const showsRest = useRestOfScreen();
  const [chartRef, chartNear] = useNearView();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asOf = useAsOf();
  const year = search.year ?? defaultYear(asOf);
  const rootId = search.root;
  const pages = useSuspenseInfiniteQuery(matrixPages(trpc, { year, rootId, asOf }));
  const matrix = pages.data.pages[0] as NonNullable<(typeof pages.data.pages)[0]>;
  const rows = pages.data.pages.flatMap((p) => p.rows);
  const { data: deadlines } = useSuspenseQuery(dashboardDeadlines(trpc, { rootId, asOf }));
  const due = deadlines.items;

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
      </form>

      <section aria-labelledby="matrix-title" className="card">
        <h2 id="matrix-title">
          {t('matrixTitle')} — {matrix.root.name}, {year}
          {asOf ? ` (${t({ vi: 'ngày', en: 'as of' })} ${formatDate(asOf)})` : ''}
        </h2>
        <MatrixBreadcrumb matrix={matrix} />
        <p className="muted small">
          {t('drillDownHint')} {t('matrixHint')}
        </p>
        <ExportLinks
          kind="matrix"
          params={{ year, rootId, asOf }}
          what={{ vi: 'ma trận chỉ tiêu', en: 'indicator matrix' }}
        />
        {rows.length === 0 ? <Empty /> : <MatrixTable matrix={matrix} rows={rows} />}
        <p className="muted small" aria-live="polite">
          {t({
            vi: `Đang hiện ${rows.length}/${matrix.childCount} đơn vị trực thuộc.`,
            en: `Showing ${rows.length} of ${matrix.childCount} units below.`,
          })}
        </p>
        {pages.hasNextPage ? (
          <button
            type="button"
            className="btn"
            disabled={pages.isFetchingNextPage}
            onClick={() => pages.fetchNextPage()}
          >
            {pages.isFetchingNextPage ? t('loading') : t('loadMore')}
          </button>
        ) : null}
      </section>

      {/* Below the first view: rendered in a second, sliced pass (use-first-view.ts). */}
      {showsRest ? (
        <>
          <div className="grid-2">
            <section aria-labelledby="rollups-title" className="card">
              <h2 id="rollups-title">{t('rollupsTitle')}</h2>
              <ExportLinks
                kind="rollups"
                params={{ year, rootId, asOf }}
                what={{ vi: 'tổng hợp chỉ tiêu', en: 'roll-ups' }}
              />
              <RollupList matrix={matrix} />
            </section>
            <section aria-labelledby="due-title" className="card">
              <h2 id="due-title">{t('dueTitle')}</h2>
              {due.length === 0 ? <Empty>{t('deadlinesEmpty')}</Empty> : <DueList items={due} />}
              <p>
                <Link to="/deadlines" search={{ root: rootId }}>
                  {/* The server counts only a list it had to judge whole (decision 32). */}
                  {t('navDeadlines')}
                  {deadlines.total === null ? '' : ` (${deadlines.total})`} →
                </Link>
              </p>
            </section>
          </div>

          <section aria-labelledby="chart-title" className="card" ref={chartRef}>
            <h2 id="chart-title">{t('chartTitle')}</h2>
            <p className="muted small">{t('chartDesc')}</p>
            {/* Asked for when the reader comes near it (use-near-view.ts). */}
            {chartNear ? <ProgressChart rootId={rootId} current={matrix} /> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
