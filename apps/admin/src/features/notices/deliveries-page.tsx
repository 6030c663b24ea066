// Administrators: notices sent, failed or skipped, with a way to resend; and, where no
// SMTP server is configured (the demo), the local outbox of what would have been mailed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatInstant } from '../../lib/format';
import { guarded } from '../../lib/guarded';
import { useLang } from '../../lib/i18n';

const STATUSES = ['all', 'failed', 'pending', 'sent', 'skipped'] as const;
const STATUS_LABELS = {
  all: { vi: 'Tất cả', en: 'All' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  pending: { vi: 'Đang chờ', en: 'Pending' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  skipped: { vi: 'Bỏ qua', en: 'Skipped' },
} as const;

export function DeliveriesPage() {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('all');
  const deliveries = useQuery(trpc.notices.deliveries.queryOptions({ status, limit: 100 }));
  const outbox = useQuery(trpc.notices.demoOutbox.queryOptions());
  const resend = useMutation(
    trpc.notices.resend.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.notices.deliveries.queryKey() }),
    }),
  );
  return (
    <>
      <h1>{t({ vi: 'Thông báo đã gửi', en: 'Sent notices' })}</h1>
      <label className="filter">
        <span>{t({ vi: 'Trạng thái', en: 'Status' })}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s][lang]}
            </option>
          ))}
        </select>
      </label>
      <div aria-live="polite">
        {resend.isError ? (
          <p className="alert" role="alert">
            {errorMessage(resend.error, lang)}
          </p>
        ) : null}
        {deliveries.isPending ? (
          <Loading />
        ) : deliveries.isError ? (
          <ErrorState error={deliveries.error} />
        ) : deliveries.data.length === 0 ? (
          <Empty />
        ) : (
          <ul className="card-list">
            {deliveries.data.map((d) => (
              <li key={d.id} className="card">
                <p className="muted">
                  {STATUS_LABELS[d.status][lang]} · {d.channel} · {d.email} ·{' '}
                  {formatInstant(String(d.sentAt ?? d.createdAt))}
                </p>
                <p>{d.title[lang]}</p>
                {d.lastError ? <p className="field-error">{d.lastError}</p> : null}
                {d.status === 'failed' || d.status === 'skipped' ? (
                  <button
                    type="button"
                    className="btn"
                    disabled={resend.isPending}
                    onClick={() => resend.mutate({ deliveryId: d.id })}
                  >
                    {t({ vi: 'Gửi lại', en: 'Resend' })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <section aria-labelledby="outbox-title" className="stack">
        <h2 id="outbox-title">{t({ vi: 'Hộp thư demo', en: 'Demo outbox' })}</h2>
        {outbox.data?.isSmtpConfigured ? (
          <p className="muted">
            {t({
              vi: 'Máy chủ SMTP đã được cấu hình: email được gửi thật.',
              en: 'An SMTP server is configured: mail is really sent.',
            })}
          </p>
        ) : (
          <p className="muted">
            {t({
              vi: 'Chưa cấu hình SMTP_URL: email không được gửi đi mà nằm ở đây, đúng như người nhận sẽ thấy.',
              en: 'No SMTP_URL configured: mail is not sent but kept here, exactly as recipients would see it.',
            })}
          </p>
        )}
        {outbox.data?.mails.length ? (
          <ul className="card-list">
            {outbox.data.mails.map((m) => (
              <li key={m.id} className="card">
                <p className="muted">
                  {m.to} · {formatInstant(String(m.createdAt))}
                </p>
                <h3>{m.subject}</h3>
                <pre className="pre-line">{m.text}</pre>
              </li>
            ))}
          </ul>
        ) : outbox.data ? (
          <Empty />
        ) : null}
      </section>
    </>
  );
}

/** Only roles the policy gives `notice.manage` (decision 17). */
export const DeliveriesPageGuarded = guarded('notice.manage', DeliveriesPage);
