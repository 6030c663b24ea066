// One submitted report: what the cadre claims, the evidence (links and files), and the decisions the policy
// allows this user (four eyes: not on a report they wrote or last edited). Returning needs
// a comment telling the cadre what to fix (the domain schema, on the shared form layer).
// While the decision is sent the report is hidden (the queue moves on at once); a refusal
// shows it again with the reason inside, and what was typed kept.
import { can, INDICATORS, periodLabel, ZReviewReportInput } from '@lantoa/domain';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Field } from '../../components/field';
import { formatInstant } from '../../lib/format';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { QueueItem } from '../../lib/types';
import { fileUrl, formatBytes } from '../../lib/upload';
import { CommentThread } from '../comments/comment-thread';
import type { useReview } from './use-review';

const appRoute = getRouteApi('/_app');

type Decision = 'approve' | 'return';

interface ReviewItemProps {
  item: QueueItem;
  review: ReturnType<typeof useReview>;
  onReviewed: (decision: Decision) => void;
}

export function ReviewItem({ item, review, onReviewed }: ReviewItemProps) {
  const { t } = useLang();
  const [isSending, setSending] = useState(false);
  // The queue drops the report when the review succeeds (useReview); until then it is hidden.
  const send = async (input: Parameters<typeof review.mutateAsync>[0]) => {
    setSending(true);
    try {
      return await review.mutateAsync(input);
    } finally {
      setSending(false);
    }
  };
  const rf = useSchemaForm({
    defaultValues: { comment: '' },
    check: (v, _version, decision: Decision) =>
      check(
        ZReviewReportInput,
        { reportId: item.id, version: item.version, decision, comment: v.comment },
        send,
      ),
    onSaved: (_result, decision) => onReviewed(decision),
  });
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

  return (
    <li className="card queue-item" hidden={isSending}>
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
      <form
        ref={rf.ref}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement;
          rf.onSubmit(event, submitter?.value === 'return' ? 'return' : 'approve');
        }}
        noValidate
        className="stack"
      >
        <FormAlert message={rf.formError} />
        <Field name="comment" label={t('reviewComment')} error={rf.errors.comment}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={rf.values.comment}
              onChange={(e) => rf.update({ comment: e.target.value })}
            />
          )}
        </Field>
        {canApprove ? null : <p className="muted small">{t(M.fourEyes)}</p>}
        <div className="actions">
          {canApprove ? (
            <button type="submit" value="approve" className="btn btn-primary">
              ✓ {t('approve')}
            </button>
          ) : null}
          {canReturn ? (
            <button type="submit" value="return" className="btn btn-danger">
              ↩ {t('returnReport')}
            </button>
          ) : null}
        </div>
      </form>
    </li>
  );
}
