// The hierarchy as of the day chosen (today by default; "Xem theo ngày" shows an earlier
// day's tree, with the units that existed then), a level at a time: open a unit to load
// its children, 50 at a time, or search every unit in reach on the server (diacritics
// optional: "rach gia" finds "Rạch Giá"). Never the whole tree (decision 38).
// Administrators change units from here.
import { can } from '@lantoa/domain';
import { useInfiniteQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { LoadMore } from '../../components/load-more';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { SearchBox } from '../../components/search-box';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { UnitActions } from './unit-actions';
import { type ShownUnit, UnitLevel, UnitNodeItem, UnitRow } from './unit-level';
import { provincePages, unitSearchPages } from './unit-tree-pages';

const route = getRouteApi('/_app/units/');
const appRoute = getRouteApi('/_app');
const SEARCH_LABEL = { vi: 'Tìm đơn vị theo tên hoặc mã', en: 'Find a unit by name or code' };

export function UnitTreePage() {
  const { t } = useLang();
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = appRoute.useRouteContext();
  const asOf = useAsOf();
  const [acting, setActing] = useState<ShownUnit | 'new' | null>(null);
  // Creating, renaming, moving and closing units go together in the policy (administrators).
  const isAdmin = can({ role: user.role, action: 'unit.create' });
  const canReorganise = can({ role: user.role, action: 'unit.reorganise' });
  const onChange = isAdmin ? (u: ShownUnit) => setActing(u) : undefined;
  return (
    <>
      <h1>{t('navUnits')}</h1>
      <AsOfControl />
      <SearchBox
        key={q ?? ''}
        label={SEARCH_LABEL}
        value={q ?? ''}
        onSearch={(text) => navigate({ search: (s) => ({ ...s, q: text || undefined }) })}
      />
      <div className="filters">
        {isAdmin ? (
          <button type="button" className="btn btn-primary" onClick={() => setActing('new')}>
            + {t({ vi: 'Thêm đơn vị', en: 'Add a unit' })}
          </button>
        ) : null}
        {canReorganise ? (
          <Link to="/reorganisations" className="btn">
            {t({ vi: 'Sắp xếp tổ chức', en: 'Reorganisations' })}
          </Link>
        ) : null}
      </div>
      <section className="card" aria-label={t('navUnits')}>
        {q ? (
          <FoundUnits search={q} asOf={asOf} onChange={onChange} />
        ) : (
          <TopUnits asOf={asOf} onChange={onChange} />
        )}
      </section>
      {acting ? (
        <UnitActions
          unit={acting === 'new' ? null : acting}
          asOf={asOf}
          onClose={() => setActing(null)}
        />
      ) : null}
    </>
  );
}

type OnChange = ((unit: ShownUnit) => void) | undefined;

/** The provinces in reach (one for a province's staff, opened; 34 for Central); a cadre or
 *  viewer below the province starts at their own unit. */
function TopUnits({ asOf, onChange }: { asOf: string | undefined; onChange: OnChange }) {
  const { user } = appRoute.useRouteContext();
  const pages = useSuspenseInfiniteQuery(provincePages(trpc, asOf));
  const provinces = pages.data.pages.flatMap((p) => p.items);
  if (provinces.length === 0) {
    const home: ShownUnit = { ...user.unit, isSample: false, parentId: null };
    return (
      <ul className="tree">
        <li>
          <UnitRow unit={home} onChange={undefined} />
          <UnitLevel parent={home} asOf={asOf} onChange={onChange} />
        </li>
      </ul>
    );
  }
  return (
    <>
      <ul className="tree">
        {provinces.map((u) => (
          <UnitNodeItem
            key={u.id}
            unit={u}
            asOf={asOf}
            onChange={onChange}
            isOpenAtFirst={provinces.length === 1}
          />
        ))}
      </ul>
      <LoadMore
        shown={provinces.length}
        total={pages.data.pages[0]?.total}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
      />
    </>
  );
}

/** A search's answer: units in reach named (or coded) so, each with its parent's name. */
function FoundUnits({
  search,
  asOf,
  onChange,
}: {
  search: string;
  asOf: string | undefined;
  onChange: OnChange;
}) {
  const pages = useInfiniteQuery(unitSearchPages(trpc, search, asOf));
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorState error={pages.error} />;
  const units = pages.data.pages.flatMap((p) => p.items);
  if (units.length === 0) return <Empty />;
  return (
    <>
      <ul className="tree">
        {units.map((u) => (
          <li key={u.id}>
            <UnitRow unit={u} onChange={onChange} />
          </li>
        ))}
      </ul>
      <LoadMore
        shown={units.length}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
      />
    </>
  );
}
