// The audit log, newest first, filterable by entity and dates; and whether the hash
// chain still verifies (an edited or removed row breaks it).
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { ExportLinks } from '../exports/export-links';

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
const ENTITIES = ['unit', 'user', 'report', 'story', 'record', 'ambassador'] as const;

export function AuditPage() {
  const { t } = useLang();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: events } = useSuspenseQuery(
    trpc.audit.list.queryOptions({ ...search, limit: 100 }),
  );
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
            {ENTITIES.map((e) => (
              <option key={e}>{e}</option>
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
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
        <section className="table-scroll" aria-label={t('navAudit')} tabIndex={0}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t({ vi: 'Thời điểm', en: 'When' })}</th>
                <th scope="col">{t({ vi: 'Người thực hiện', en: 'Actor' })}</th>
                <th scope="col">{t({ vi: 'Thao tác', en: 'Action' })}</th>
                <th scope="col">{t('unit')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>
                    <time dateTime={e.at}>{formatInstant(e.at)}</time>
                  </td>
                  <td>{e.actorName ?? '—'}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.unitName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
