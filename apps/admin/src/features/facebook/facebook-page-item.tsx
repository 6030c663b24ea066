// One page record in the "Kết nối Facebook" section: whether its figures come from
// Facebook or were typed in, the last check (when, and what it found) and the last failure.
import {
  FACEBOOK_CHECK_OUTCOME_LABELS,
  FACEBOOK_CONNECTION_STATUS_LABELS,
  FACEBOOK_VERIFICATION_LABELS,
  type FacebookCheckOutcome,
} from '@lantoa/domain';
import type { ReactNode } from 'react';
import { formatCount, formatDate, formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { FB } from './facebook-messages';

export interface FacebookCheck {
  checkedOn: string;
  checkedAt: string;
  outcome: FacebookCheckOutcome;
  name: string | null;
  category: string | null;
  verificationStatus: string | null;
  followerCount: number | null;
  windowDays: number | null;
  recentPostCount: number | null;
  lastPostOn: string | null;
  errorCode: number | null;
  errorMessage: string | null;
}

export interface FacebookPageRow {
  id: string;
  url: string;
  name: string;
  connection: {
    status: 'active' | 'needs_token';
    version: number;
    connectedAt: string;
    connectedByName: string | null;
    nextCheckAt: string | null;
  } | null;
  lastCheck: FacebookCheck | null;
  lastFailure: FacebookCheck | null;
}

export function FacebookPageItem({
  page,
  children,
}: {
  page: FacebookPageRow;
  children?: ReactNode;
}) {
  const { t, lang } = useLang();
  const { connection, lastCheck: check, lastFailure: failure } = page;
  const status = connection
    ? {
        className: connection.status === 'active' ? 'state-met' : 'state-overdue',
        label: t(FACEBOOK_CONNECTION_STATUS_LABELS[connection.status]),
      }
    : { className: 'state-not_applicable', label: t(FB.manual) };
  const verification = check?.verificationStatus
    ? (FACEBOOK_VERIFICATION_LABELS[check.verificationStatus]?.[lang] ?? check.verificationStatus)
    : t(FB.none);
  return (
    <li className="facebook-page">
      <div className="facebook-page-head">
        <a href={page.url} target="_blank" rel="noreferrer noopener">
          {page.name}
        </a>
        <span className={`badge badge-long ${status.className}`}>{status.label}</span>
      </div>
      {check ? (
        <>
          <p className="small facebook-source">
            {t(FB.fromFacebook)} {formatInstant(check.checkedAt)}
          </p>
          <dl className="facebook-facts">
            <dt>{t(FB.pageName)}</dt>
            <dd>{check.name}</dd>
            <dt>{t(FB.category)}</dt>
            <dd>{check.category ?? t(FB.none)}</dd>
            <dt>{t(FB.verification)}</dt>
            <dd>{verification}</dd>
            <dt>{t(FB.followers)}</dt>
            <dd>
              {check.followerCount === null ? t(FB.none) : formatCount(check.followerCount, lang)}
            </dd>
            <dt>
              {t(FB.postsInWindow)} {check.windowDays} {t(FB.days)}
            </dt>
            <dd>{formatCount(check.recentPostCount ?? 0, lang)}</dd>
            <dt>{t(FB.lastPost)}</dt>
            <dd>{check.lastPostOn ? formatDate(check.lastPostOn) : t(FB.none)}</dd>
          </dl>
        </>
      ) : connection?.nextCheckAt ? (
        <p className="small muted">
          {t(FB.firstCheckPending)} {formatInstant(connection.nextCheckAt)}
        </p>
      ) : null}
      {failure ? (
        <p className="alert small">
          {t(FB.lastFailure)} {formatInstant(failure.checkedAt)}:{' '}
          {t(FACEBOOK_CHECK_OUTCOME_LABELS[failure.outcome])}
          {failure.errorCode !== null ? ` (#${failure.errorCode})` : ''}
        </p>
      ) : null}
      {connection ? (
        <p className="small muted">
          {t(FB.connectedBy)} {connection.connectedByName ?? '—'} ·{' '}
          {formatInstant(connection.connectedAt)}
        </p>
      ) : null}
      {children}
    </li>
  );
}
