// Who did what to this unit's reports, newest first (from the audit log).
import { periodLabel } from '@lantoa/domain';
import { Empty } from '../../components/query-state';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Report, UnitDetail } from '../../lib/types';

const ACTIONS: Record<string, { vi: string; en: string }> = {
  'report.create': { vi: 'Tạo báo cáo', en: 'Created' },
  'report.update': { vi: 'Sửa báo cáo', en: 'Edited' },
  'report.submit': { vi: 'Gửi duyệt', en: 'Submitted' },
  'report.approve': { vi: 'Duyệt', en: 'Approved' },
  'report.return': { vi: 'Trả lại', en: 'Returned' },
  'report.reopen': { vi: 'Mở lại', en: 'Reopened' },
};

interface ReportHistoryProps {
  history: UnitDetail['history'];
  reports: Report[];
}

export function ReportHistory({ history, reports }: ReportHistoryProps) {
  const { t } = useLang();
  const reportOf = new Map(reports.map((r) => [r.id, r]));
  return (
    <section aria-labelledby="history-title" className="card">
      <h2 id="history-title">{t('history')}</h2>
      {history.length === 0 ? (
        <Empty />
      ) : (
        <ol className="history">
          {history.slice(0, 30).map((h) => {
            const r = h.reportId ? reportOf.get(h.reportId) : undefined;
            const action = ACTIONS[h.action];
            return (
              <li key={h.seq}>
                <time dateTime={h.at}>{formatInstant(h.at)}</time> — {action ? t(action) : h.action}
                {r ? ` ${r.indicator} · ${t(periodLabel(r.periodKey))}` : ''}
                {h.actorName ? ` — ${h.actorName}` : ''}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
