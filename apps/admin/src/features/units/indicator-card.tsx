// One indicator on a unit's page: each period's state, reason and deadline, the report
// (status, claim, links) and the facts behind the state, with the cadre's update button.
import {
  type Evaluation,
  INDICATORS,
  type IndicatorCode,
  periodLabel,
  periodWithDue,
  REPORT_STATUS_LABELS,
} from '@lantoa/domain';
import { StateBadge } from '../../components/state-badge';
import { useLang } from '../../lib/i18n';
import type { Report } from '../../lib/types';
import { CommentThread } from '../comments/comment-thread';
import { EvidenceList } from './evidence-list';

interface IndicatorCardProps {
  code: IndicatorCode;
  evaluations: Evaluation[];
  reports: Report[];
  /** Whether the policy lets the user save this period's report (null: none yet). */
  mayEdit: (report: Report | null) => boolean;
  onEdit: (periodKey: string, report: Report | null) => void;
  /** Whether the policy lets the user reopen this (approved) report. */
  mayReopen: (report: Report) => boolean;
  onReopen: (report: Report) => void;
  /** The report being reopened, so its button waits. */
  reopeningId: string | null;
}

export function IndicatorCard(props: IndicatorCardProps) {
  const { code, evaluations, reports, mayEdit, onEdit, mayReopen, onReopen, reopeningId } = props;
  const { t } = useLang();
  const indicator = INDICATORS.find((i) => i.code === code);
  return (
    <li className="card indicator-card">
      <h3>
        <span className="ind-code">{code}</span> {indicator ? t(indicator.shortTitle) : ''}
      </h3>
      {indicator ? <p className="muted small">{t(indicator.title)}</p> : null}
      <ul className="periods">
        {evaluations.map((e) => {
          const report =
            reports.find((r) => r.indicator === code && r.periodKey === e.periodKey) ?? null;
          return (
            <li key={e.periodKey} className="period">
              <div className="period-head">
                <StateBadge state={e.state} />
                <span>{t(periodWithDue(e.periodKey, e.due))}</span>
              </div>
              <p className="small">{t(e.reason)}</p>
              <p className="small">
                {t('report')}:{' '}
                {report ? (
                  <>
                    <strong>{t(REPORT_STATUS_LABELS[report.status])}</strong>
                    {report.reviewComment ? ` — “${report.reviewComment}”` : ''}
                  </>
                ) : (
                  t('noReport')
                )}
              </p>
              {report && report.links.length > 0 ? (
                <ul className="evidence">
                  {report.links.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} target="_blank" rel="noreferrer noopener">
                        {l.label || l.url}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {report ? (
                <CommentThread
                  subject="report"
                  id={report.id}
                  label={`${code} ${t(periodLabel(e.periodKey, e.due))}`}
                />
              ) : null}
              <EvidenceList facts={e.evidence.filter((f) => f.type !== 'report')} />
              {mayEdit(report) && e.state !== 'not_applicable' ? (
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => onEdit(e.periodKey, report)}
                >
                  {t('updateReport')}{' '}
                  <span className="visually-hidden">{`${code} ${t(periodLabel(e.periodKey, e.due))}`}</span>
                </button>
              ) : null}
              {report && mayReopen(report) ? (
                <button
                  type="button"
                  className="btn"
                  disabled={reopeningId === report.id}
                  onClick={() => onReopen(report)}
                >
                  {t({ vi: 'Mở lại báo cáo', en: 'Reopen the report' })}{' '}
                  <span className="visually-hidden">{`${code} ${t(periodLabel(e.periodKey, e.due))}`}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
