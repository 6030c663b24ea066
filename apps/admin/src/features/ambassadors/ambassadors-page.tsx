// KOL ambassadors: who they are, their field, status and reach; the province board adds them.
// The list comes from the server a page at a time ("Tải thêm"), filtered there.
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { LoadMore } from '../../components/load-more';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { ExportLinks } from '../exports/export-links';
import { AmbassadorForm } from './ambassador-form';
import { canManage, FIELD_LABELS, fieldLabel, STATUS_LABELS } from './ambassador-labels';
import { ambassadorPages } from './ambassador-pages';

const appRoute = getRouteApi('/_app');
const route = getRouteApi('/_app/ambassadors/');

export function AmbassadorsPage() {
  const { t, lang } = useLang();
  const { user } = appRoute.useRouteContext();
  const search = route.useSearch();
  const pages = useSuspenseInfiniteQuery(
    ambassadorPages(trpc, { field: search.field, status: search.status }),
  );
  const list = pages.data.pages.flatMap((p) => p.items);
  const [isAdding, setAdding] = useState(false);
  const navigate = useNavigate();
  const followers = (channels: { followers: number }[]) =>
    formatCount(
      channels.reduce((sum, c) => sum + c.followers, 0),
      lang,
    );
  return (
    <>
      <h1>{t('navAmbassadors')}</h1>
      <ExportLinks kind="ambassadors" what={{ vi: 'đại sứ thương hiệu', en: 'ambassadors' }} />
      <p className="muted">{t(M.ambassadorsLead)}</p>
      {canManage(user.role) ? (
        <p>
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            + {t(M.addAmbassador)}
          </button>
        </p>
      ) : null}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t(M.field)}</span>
          <select
            value={search.field ?? ''}
            onChange={(e) =>
              navigate({
                to: '.',
                search: (s) => ({ ...s, field: (e.target.value || undefined) as typeof s.field }),
              })
            }
          >
            <option value="">{t('all')}</option>
            {Object.entries(FIELD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t(M.ambStatus)}</span>
          <select
            value={search.status ?? ''}
            onChange={(e) =>
              navigate({
                to: '.',
                search: (s) => ({ ...s, status: (e.target.value || undefined) as typeof s.status }),
              })
            }
          >
            <option value="">{t('all')}</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.length === 0 ? (
        <Empty />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
        <section className="table-scroll" aria-label={t('navAmbassadors')} tabIndex={0}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t(M.field)}</th>
                <th scope="col">{t(M.ambStatus)}</th>
                <th scope="col">{t(M.followers)}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to="/ambassadors/$ambassadorId" params={{ ambassadorId: a.id }}>
                      {a.name}
                    </Link>
                  </td>
                  <td>{t(fieldLabel(a.field))}</td>
                  <td>{a.isErased ? t(M.erased) : t(STATUS_LABELS[a.status])}</td>
                  <td className="num">{followers(a.channels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <LoadMore
        shown={list.length}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => pages.fetchNextPage()}
        what={M.ambassadorsWhat}
      />
      {isAdding ? (
        <AmbassadorForm
          ambassador={null}
          onClose={(id) => {
            setAdding(false);
            if (id)
              void navigate({ to: '/ambassadors/$ambassadorId', params: { ambassadorId: id } });
          }}
        />
      ) : null}
    </>
  );
}
