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
      {/* An SVG, not an emoji: phones and headless browsers without an emoji font show a box. */}
      <svg
        aria-hidden="true"
        width="24"
        height="24"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
