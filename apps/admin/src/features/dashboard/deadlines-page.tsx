// Everything overdue or due in the next 60 days, filterable by unit and indicator (URL),
// filtered and paged by the server ("Tải thêm").
import { INDICATOR_CODES } from '@lantoa/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { LoadMore } from '../../components/load-more';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { ExportLinks } from '../exports/export-links';
import { deadlinePages } from './deadline-pages';
import { DueList } from './due-list';

const route = getRouteApi('/_app/deadlines');

export function DeadlinesPage() {
  const { t } = useLang();
  const search = route.useSearch();
  const asOf = useAsOf();
  const navigate = route.useNavigate();
  const pages = useSuspenseInfiniteQuery(
    deadlinePages(trpc, {
      rootId: search.root,
      asOf,
      unitId: search.unit,
      indicator: search.indicator,
    }),
  );
  const first = pages.data.pages[0];
  // The units that have something due, for the filter: the server lists them with page one.
  const units = first?.units ?? [];
  const items = pages.data.pages.flatMap((p) => p.items);
  return (
    <>
      <h1>{t('navDeadlines')}</h1>
      <AsOfControl />
      <ExportLinks
        kind="deadlines"
        params={{ rootId: search.root, horizonDays: 60 }}
        what={{ vi: 'hạn chót', en: 'deadlines' }}
      />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t('unit')}</span>
          <select
            value={search.unit ?? ''}
            onChange={(e) =>
              navigate({ search: (s) => ({ ...s, unit: e.target.value || undefined }) })
            }
          >
            <option value="">{t('all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('indicator')}</span>
          <select
            value={search.indicator ?? ''}
            onChange={(e) =>
              navigate({
                search: (s) => ({
                  ...s,
                  indicator: (e.target.value || undefined) as typeof s.indicator,
                }),
              })
            }
          >
            <option value="">{t('all')}</option>
            {INDICATOR_CODES.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
      </form>
      <section className="card" aria-label={t('navDeadlines')}>
        {items.length === 0 ? <Empty>{t('deadlinesEmpty')}</Empty> : <DueList items={items} />}
        <LoadMore
          shown={items.length}
          total={first?.total ?? undefined}
          hasMore={pages.hasNextPage}
          isLoading={pages.isFetchingNextPage}
          onLoadMore={() => pages.fetchNextPage()}
          what={{ vi: 'hạn chót', en: 'deadlines' }}
        />
      </section>
    </>
  );
}
