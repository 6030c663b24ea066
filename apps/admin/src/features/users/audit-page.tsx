// The audit log, newest first, filterable by entity and dates, paged through to its start;
// each action in words with what it changed; and whether the hash chain still verifies
// (an edited or removed row breaks it).
import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { ExportLinks } from '../exports/export-links';
import { auditPages } from './audit-pages';
import { AuditTable } from './audit-table';

const route = getRouteApi('/_app/audit');

/** What a broken chain means, in words an administrator can act on (decision 7). */
const WHY_BROKEN = {
  hash: { vi: 'nội dung sự kiện đã bị sửa', en: 'the event was altered' },
  link: { vi: 'liên kết với sự kiện trước bị đứt', en: 'its link to the previous event is broken' },
  gap: { vi: 'thiếu một vị trí trong chuỗi', en: 'a place in the chain is missing' },
  head: { vi: 'đầu chuỗi không khớp', en: 'the chain head does not match' },
  missing: { vi: 'sự kiện đã niêm phong bị xóa', en: 'a sealed event was deleted' },
  lost: {
    vi: 'sự kiện bị đưa ra khỏi hàng chờ niêm phong',
    en: 'the event was taken out of the sealing queue',
  },
} as const;
const ENTITIES = {
  unit: { vi: 'Đơn vị', en: 'Units' },
  user: { vi: 'Tài khoản', en: 'Accounts' },
  report: { vi: 'Báo cáo', en: 'Reports' },
  story: { vi: 'Bài viết', en: 'Stories' },
  record: { vi: 'Hồ sơ', en: 'Records' },
  ambassador: { vi: 'Đại sứ', en: 'Ambassadors' },
} as const;

export function AuditPage() {
  const { t } = useLang();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = useSuspenseInfiniteQuery(
    auditPages(trpc, { entity: search.entity, from: search.from, to: search.to }),
  );
  const events = pages.data.pages.flatMap((page) => page.items);
  const verify = useQuery(trpc.audit.verify.queryOptions());
  return (
    <>
      <h1>{t('navAudit')}</h1>
      <ExportLinks
        kind="audit"
        params={{ from: search.from, to: search.to }}
        what={{ vi: 'nhật ký thay đổi', en: 'audit log' }}
      />
      <section className="card" aria-live="polite">
        {verify.isPending ? (
          <Loading />
        ) : verify.isError ? (
          <ErrorState error={verify.error} />
        ) : verify.data.isValid ? (
          <p className="badge badge-long state-met">
            ✓{' '}
            {t({
              vi: `Chuỗi băm hợp lệ (${verify.data.count} sự kiện)`,
              en: `Hash chain intact (${verify.data.count} events)`,
            })}
          </p>
        ) : (
          <p className="badge badge-long state-overdue">
            ✕{' '}
            {t({
              vi: `Chuỗi băm bị hỏng tại #${verify.data.brokenAtSeq}: ${WHY_BROKEN[verify.data.why].vi}`,
              en: `Hash chain broken at #${verify.data.brokenAtSeq}: ${WHY_BROKEN[verify.data.why].en}`,
            })}
          </p>
        )}
      </section>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t({ vi: 'Đối tượng', en: 'Entity' })}</span>
          <select
            value={search.entity ?? ''}
            onChange={(e) =>
              navigate({
                search: (s) => ({ ...s, entity: (e.target.value || undefined) as typeof s.entity }),
              })
            }
          >
            <option value="">{t('all')}</option>
            {Object.entries(ENTITIES).map(([code, words]) => (
              <option key={code} value={code}>
                {t(words)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t({ vi: 'Từ ngày', en: 'From' })}</span>
          <ViDateInput
            value={search.from}
            onChange={(iso) => navigate({ search: (s) => ({ ...s, from: iso }) })}
          />
        </label>
        <label className="filter">
          <span>{t({ vi: 'Đến ngày', en: 'To' })}</span>
          <ViDateInput
            value={search.to}
            onChange={(iso) => navigate({ search: (s) => ({ ...s, to: iso }) })}
          />
        </label>
      </form>
      {events.length === 0 ? (
        <Empty />
      ) : (
        <>
          <AuditTable events={events} />
          <p className="muted small" aria-live="polite">
            {t({
              vi: `Đang hiện ${events.length} sự kiện${pages.hasNextPage ? '' : ' (hết)'}`,
              en: `Showing ${events.length} events${pages.hasNextPage ? '' : ' (all)'}`,
            })}
          </p>
          {pages.hasNextPage ? (
            <button
              type="button"
              className="btn"
              disabled={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {pages.isFetchingNextPage ? t('loading') : t({ vi: 'Xem thêm', en: 'Load more' })}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
