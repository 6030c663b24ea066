// The user's notices (newest first, unread marked, each linking to its exact page), then
// their preferences and their password.
import { NOTICE_KIND_LABELS } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { can } from '../../lib/policy';
import { ChangePasswordForm } from '../account/change-password-form';
import { NoticePreferencesForm } from './notice-preferences-form';
import { R } from './notice-rules-labels';

const route = getRouteApi('/_app');

export function NoticesPage() {
  const { t, lang } = useLang();
  const { user } = route.useRouteContext();
  const queryClient = useQueryClient();
  const notices = useQuery(trpc.notices.mine.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notices.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notices.unreadCount.queryKey() }),
    ]);
  const markRead = useMutation(trpc.notices.markRead.mutationOptions({ onSuccess: refresh }));
  return (
    <>
      <h1>{t({ vi: 'Thông báo', en: 'Notices' })}</h1>
      {can({ role: user.role, action: 'notice.manage' }) ? (
        <div>
          <p>
            <Link to="/sent-notices">{t('navSentNotices')}</Link>
            {' · '}
            {t({
              vi: 'email, Zalo, lỗi và gửi lại; hộp thư demo',
              en: 'email, Zalo, failures and resend; demo outbox',
            })}
          </p>
          <p>
            <Link to="/notice-rules">{t(R.title)}</Link>
            {' · '}
            {t({
              vi: 'các mốc nhắc trước hạn, quá hạn, chờ duyệt của tỉnh',
              en: 'the province’s due-soon, overdue and review reminders',
            })}
          </p>
        </div>
      ) : null}
      <section aria-labelledby="notice-list" className="stack">
        <div className="row-between">
          <h2 id="notice-list">
            {t({ vi: 'Thông báo của tôi', en: 'My notices' })}
            {notices.data ? (
              <span className="muted">
                {' '}
                ·{' '}
                {t({ vi: `${notices.data.unread} chưa đọc`, en: `${notices.data.unread} unread` })}
              </span>
            ) : null}
          </h2>
          <button
            type="button"
            className="btn"
            disabled={!notices.data?.unread || markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t({ vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all read' })}
          </button>
        </div>
        <div aria-live="polite">
          {notices.isPending ? (
            <Loading />
          ) : notices.isError ? (
            <ErrorState error={notices.error} />
          ) : notices.data.items.length === 0 ? (
            <Empty>{t({ vi: 'Chưa có thông báo nào.', en: 'No notices yet.' })}</Empty>
          ) : (
            <ul className="card-list notice-list">
              {notices.data.items.map((n) => (
                <li key={n.id} className={n.readAt ? 'card' : 'card notice-unread'}>
                  <p className="muted">
                    {NOTICE_KIND_LABELS[n.kind][lang]} · {formatInstant(String(n.createdAt))}
                    {n.readAt ? '' : ` · ${t({ vi: 'Chưa đọc', en: 'Unread' })}`}
                  </p>
                  <h3>{n.title[lang]}</h3>
                  <p className="pre-line">{n.body[lang]}</p>
                  <div className="notice-actions">
                    <Link to={n.link} className="btn btn-primary">
                      {t({ vi: 'Mở trang', en: 'Open page' })}
                    </Link>
                    {n.readAt ? null : (
                      <button
                        type="button"
                        className="btn"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate({ ids: [n.id] })}
                      >
                        {t({ vi: 'Đã đọc', en: 'Mark read' })}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <NoticePreferencesForm />
      <ChangePasswordForm />
    </>
  );
}
