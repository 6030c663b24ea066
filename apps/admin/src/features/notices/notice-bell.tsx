// The bell in the top bar: unread notices for the signed-in user, refreshed every minute
// (phones on weak data: one small query), and a link to the list.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';

export function NoticeBell() {
  const { t } = useLang();
  const unread = useQuery({
    ...trpc.notices.unreadCount.queryOptions(),
    refetchInterval: 60_000,
  });
  const count = unread.data ?? 0;
  const label =
    count > 0
      ? t({ vi: `Thông báo, ${count} chưa đọc`, en: `Notices, ${count} unread` })
      : t({ vi: 'Thông báo', en: 'Notices' });
  return (
    <Link to="/notices" className="bell" aria-label={label} title={label}>
      <span aria-hidden="true">🔔</span>
      {count > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
