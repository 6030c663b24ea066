// The hierarchy as of the day chosen (today by default; "Xem theo ngày" shows an earlier
// day's tree, with the units that existed then): browse it as a tree or search it (diacritics optional:
// "rach gia" finds "Rạch Giá"). Administrators change units from here.
import { can, foldVietnamese, UNIT_KIND_LABELS } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';
import { UnitActions } from './unit-actions';

const route = getRouteApi('/_app/units/');
const appRoute = getRouteApi('/_app');

export function UnitTreePage() {
  const { t } = useLang();
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = appRoute.useRouteContext();
  const asOf = useAsOf();
  const { data } = useSuspenseQuery(trpc.units.tree.queryOptions({ asOf }));
  const [acting, setActing] = useState<TreeUnit | 'new' | null>(null);
  // Creating, renaming, moving and closing units go together in the policy (administrators).
  const isAdmin = can({ role: user.role, action: 'unit.create' });
  const canReorganise = can({ role: user.role, action: 'unit.reorganise' });
  const childrenOf = new Map<string | null, TreeUnit[]>();
  const ids = new Set(data.units.map((u) => u.id));
  for (const u of data.units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), u]);
  }
  const needle = foldVietnamese(q ?? '').trim();
  const matches = needle
    ? data.units.filter((u) => foldVietnamese(`${u.name} ${u.code}`).includes(needle))
    : null;

  const row = (u: TreeUnit) => (
    <div className="tree-row">
      <Link to="/units/$unitId" params={{ unitId: u.id }}>
        {u.name}
      </Link>
      <span className="unit-kind">
        {t(UNIT_KIND_LABELS[u.kind])}
        {u.isSample ? ` · ${t('sample')}` : ''}
      </span>
      {isAdmin ? (
        <button type="button" className="btn btn-small" onClick={() => setActing(u)}>
          {t({ vi: 'Thay đổi', en: 'Change' })} <span className="visually-hidden">{u.name}</span>
        </button>
      ) : null}
    </div>
  );
  const branch = (parentId: string | null) => (
    <ul className="tree">
      {(childrenOf.get(parentId) ?? []).map((u) => (
        <li key={u.id}>
          {row(u)}
          {childrenOf.has(u.id) ? branch(u.id) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <h1>{t('navUnits')}</h1>
      <AsOfControl />
      <div className="filters">
        <label className="filter filter-grow">
          <span>{t('search')}</span>
          <input
            type="search"
            value={q ?? ''}
            onChange={(e) =>
              navigate({ search: { q: e.target.value || undefined }, replace: true })
            }
          />
        </label>
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
        {matches ? (
          matches.length === 0 ? (
            <Empty />
          ) : (
            <ul className="tree">
              {matches.map((u) => (
                <li key={u.id}>{row(u)}</li>
              ))}
            </ul>
          )
        ) : (
          branch(null)
        )}
      </section>
      {acting ? (
        <UnitActions
          unit={acting === 'new' ? null : acting}
          units={data.units}
          onClose={() => setActing(null)}
        />
      ) : null}
    </>
  );
}
