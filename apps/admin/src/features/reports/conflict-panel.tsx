// Someone saved this report first: show their version, keep ours, let the user choose.
import { REPORT_STATUS_LABELS } from '@lantoa/domain';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Report } from '../../lib/types';

interface ConflictPanelProps {
  current: Report;
  onApplyMine: () => void;
  onUseTheirs: () => void;
}

export function ConflictPanel({ current, onApplyMine, onUseTheirs }: ConflictPanelProps) {
  const { t } = useLang();
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('conflictTitle')}</h3>
      <dl className="kv">
        <dt>{t('report')}</dt>
        <dd>
          {t(REPORT_STATUS_LABELS[current.status])} · {formatInstant(current.updatedAt)}
        </dd>
        <dt>{t('claimsMet')}</dt>
        <dd>{t(current.claimsMet ? 'yes' : 'no')}</dd>
        {current.value !== null ? (
          <>
            <dt>{t('value')}</dt>
            <dd>{current.value}</dd>
          </>
        ) : null}
        <dt>{t('note')}</dt>
        <dd>{current.note || '—'}</dd>
        <dt>{t('links')}</dt>
        <dd>{current.links.map((l) => l.label || l.url).join(', ') || '—'}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onApplyMine}>
          {t('conflictApply')}
        </button>
        <button type="button" className="btn" onClick={onUseTheirs}>
          {t('conflictUseTheirs')}
        </button>
      </div>
    </section>
  );
}
