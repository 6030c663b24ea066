// One level of the units page's tree: a unit's children, a page at a time ("Tải thêm"),
// each opened on demand (a disclosure button with aria-expanded) to load its own children.
// Nothing loads a level nobody opened, so a province of a thousand units, or Central's
// 33,000, answers in pages of 50 (decision 38).
import { UNIT_KIND_LABELS } from '@lantoa/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { LoadMore } from '../../components/load-more';
import { ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { childPages } from './unit-tree-pages';

/** A unit as the page shows it, and what its change forms need. */
export interface ShownUnit {
  id: string;
  name: string;
  /** Unknown for the signed-in user's own unit (the session names it, not its kind). */
  kind?: keyof typeof UNIT_KIND_LABELS | undefined;
  isSample?: boolean | undefined;
  parentId: string | null;
  parentName?: string | null | undefined;
  version?: number | undefined;
  hasChildren?: boolean | undefined;
}

interface RowProps {
  unit: ShownUnit;
  /** The change button's handler, for administrators. */
  onChange: ((unit: ShownUnit) => void) | undefined;
}

export function UnitRow({ unit, onChange }: RowProps) {
  const { t } = useLang();
  return (
    <div className="tree-row">
      <Link to="/units/$unitId" params={{ unitId: unit.id }}>
        {unit.name}
      </Link>
      <span className="unit-kind">
        {unit.kind ? t(UNIT_KIND_LABELS[unit.kind]) : ''}
        {unit.isSample ? ` · ${t('sample')}` : ''}
        {unit.parentName ? ` · ${unit.parentName}` : ''}
      </span>
      {onChange ? (
        <button type="button" className="btn btn-small" onClick={() => onChange(unit)}>
          {t({ vi: 'Thay đổi', en: 'Change' })} <span className="visually-hidden">{unit.name}</span>
        </button>
      ) : null}
    </div>
  );
}

interface NodeProps extends RowProps {
  asOf: string | undefined;
  isOpenAtFirst?: boolean;
}

/** A unit with, when it has children, a button that shows or hides them. */
export function UnitNodeItem({ unit, asOf, onChange, isOpenAtFirst = false }: NodeProps) {
  const { t } = useLang();
  const [isOpen, setOpen] = useState(isOpenAtFirst);
  const canOpen = unit.hasChildren !== false;
  return (
    <li>
      <div className="tree-node">
        {canOpen ? (
          <button
            type="button"
            className="btn btn-small tree-toggle"
            aria-expanded={isOpen}
            onClick={() => setOpen(!isOpen)}
          >
            <span aria-hidden="true">{isOpen ? '−' : '+'}</span>
            <span className="visually-hidden">
              {isOpen
                ? t({ vi: `Thu gọn ${unit.name}`, en: `Collapse ${unit.name}` })
                : t({ vi: `Mở ${unit.name}`, en: `Expand ${unit.name}` })}
            </span>
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <UnitRow unit={unit} onChange={onChange} />
      </div>
      {isOpen ? <UnitLevel parent={unit} asOf={asOf} onChange={onChange} /> : null}
    </li>
  );
}

interface LevelProps {
  parent: ShownUnit;
  asOf: string | undefined;
  onChange: ((unit: ShownUnit) => void) | undefined;
}

/** The children of `parent` on the day, a page at a time. */
export function UnitLevel({ parent, asOf, onChange }: LevelProps) {
  const { t } = useLang();
  const pages = useInfiniteQuery(childPages(trpc, parent.id, asOf));
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorState error={pages.error} />;
  const units = pages.data.pages.flatMap((p) => p.items);
  const total = pages.data.pages[0]?.total;
  if (units.length === 0)
    return (
      <p className="muted small tree-empty">
        {t({ vi: 'Không có đơn vị trực thuộc.', en: 'No units below.' })}
      </p>
    );
  return (
    <>
      <ul className="tree">
        {units.map((u) => (
          <UnitNodeItem
            key={u.id}
            unit={{ ...u, parentName: undefined, parentId: parent.id }}
            asOf={asOf}
            onChange={onChange && ((x) => onChange({ ...x, parentName: parent.name }))}
          />
        ))}
      </ul>
      <LoadMore
        shown={units.length}
        total={total}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
        what={{ vi: `đơn vị thuộc ${parent.name}`, en: `units under ${parent.name}` }}
      />
    </>
  );
}
