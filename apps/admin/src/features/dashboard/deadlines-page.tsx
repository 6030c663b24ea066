// Everything overdue or due in the next 60 days, filterable by unit and indicator (URL).
import { INDICATOR_CODES } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { ExportLinks } from '../exports/export-links';
import { DueList, sortDeadlines } from './due-list';

const route = getRouteApi('/_app/deadlines');

export function DeadlinesPage() {
  const { t } = useLang();
  const search = route.useSearch();
  const asOf = useAsOf();
  const navigate = route.useNavigate();
  const { data } = useSuspenseQuery(
    trpc.compliance.deadlines.queryOptions({ rootId: search.root, asOf, horizonDays: 60 }),
  );
  const units = [...new Map(data.flatMap((d) => (d.unit ? [[d.unit.id, d.unit]] : []))).values()];
  const items = sortDeadlines(
    data.filter(
      (d) =>
        (!search.unit || d.unitId === search.unit) &&
        (!search.indicator || d.indicator === search.indicator),
    ),
  );
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
      </section>
    </>
  );
}
