// One submitted report: what the cadre claims, the evidence (links and files), and the decisions the policy
// allows this user (four eyes: not on a report they wrote or last edited). Returning needs
// a comment telling the cadre what to fix (checked with the domain schema).
import { can, INDICATORS, periodLabel, ZReviewReportInput } from '@lantoa/domain';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Field } from '../../components/field';
import { zodFieldErrors } from '../../lib/errors';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { QueueItem } from '../../lib/types';
import { fileUrl, formatBytes } from '../../lib/upload';
import { CommentThread } from '../comments/comment-thread';

const appRoute = getRouteApi('/_app');

interface ReviewItemProps {
  item: QueueItem;
  isBusy: boolean;
  onDecide: (decision: 'approve' | 'return', comment: string) => void;
}

export function ReviewItem({ item, isBusy, onDecide }: ReviewItemProps) {
  const { t, lang } = useLang();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const indicator = INDICATORS.find((i) => i.code === item.indicator);
  const { user } = appRoute.useRouteContext();
  const may = (action: 'report.approve' | 'report.return') =>
    can({
      role: user.role,
      action,
      state: item.status,
      userId: user.id,
      authorId: item.createdBy,
      lastEditorId: item.updatedBy,
    });
  const canApprove = may('report.approve');
  const canReturn = may('report.return');

  function decide(decision: 'approve' | 'return') {
    const input = { reportId: item.id, version: item.version, decision, comment };
    const parsed = ZReviewReportInput.safeParse(input);
    if (!parsed.success) {
      setError(zodFieldErrors(parsed.error.issues, lang).comment);
      return;
    }
    setError(undefined);
    onDecide(decision, parsed.data.comment);
  }

  return (
    <li className="card queue-item">
      <h2 className="h3">
        <Link to="/units/$unitId" params={{ unitId: item.unit.id }}>
          {item.unit.name}
        </Link>
      </h2>
      <p>
        <span className="ind-code">{item.indicator}</span>{' '}
        {indicator ? t(indicator.shortTitle) : ''} · {t(periodLabel(item.periodKey))}
      </p>
      <dl className="kv">
        <dt>{t('claimsMet')}</dt>
        <dd>
          <strong>{t(item.claimsMet ? 'yes' : 'no')}</strong>
        </dd>
        {item.value !== null ? (
          <>
            <dt>{t('value')}</dt>
            <dd>{item.value}</dd>
          </>
        ) : null}
        <dt>{t('note')}</dt>
        <dd>{item.note || '—'}</dd>
        <dt>{t('links')}</dt>
        <dd>
          {item.links.length === 0
            ? '—'
            : item.links.map((l) => (
                <a
                  key={l.url}
                  href={l.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="block"
                >
                  {l.label || l.url}
                </a>
              ))}
        </dd>
        <dt>{t(M.files)}</dt>
        <dd>
          {item.files.length === 0
            ? '—'
            : item.files.map((f) => (
                <a key={f.id} href={fileUrl(f.id)} className="block" download={f.fileName}>
                  {f.fileName} <span className="muted small">({formatBytes(f.sizeBytes)})</span>
                </a>
              ))}
        </dd>
        <dt>{t('submittedBy')}</dt>
        <dd>
          {item.authorName}
          {item.submittedAt ? ` · ${formatInstant(item.submittedAt)}` : ''}
        </dd>
      </dl>
      <CommentThread subject="report" id={item.id} label={`${item.unit.name} ${item.indicator}`} />
      <Field name="comment" label={t('reviewComment')} error={error}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      {canApprove ? null : <p className="muted small">{t(M.fourEyes)}</p>}
      <div className="actions">
        {canApprove ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={isBusy}
            onClick={() => decide('approve')}
          >
            ✓ {t('approve')}
          </button>
        ) : null}
        {canReturn ? (
          <button
            type="button"
            className="btn btn-danger"
            disabled={isBusy}
            onClick={() => decide('return')}
          >
            ↩ {t('returnReport')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
