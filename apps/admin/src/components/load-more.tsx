// "Tải thêm" under a server-paged list: how many are shown (announced politely to screen
// readers as pages arrive), and a button while another page exists. A plain button, so
// keyboard users reach it in order and Enter or Space loads the next page.
import type { Bilingual } from '@lantoa/domain';
import { useLang } from '../lib/i18n';

interface LoadMoreProps {
  shown: number;
  /** The list's size when the server says it (deadlines); else only what is shown. */
  total?: number | undefined;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
  /** What the button loads more of, for screen readers ("bài viết", "lớp tập huấn"). */
  what?: Bilingual | undefined;
}

export function LoadMore({ shown, total, hasMore, isLoading, onLoadMore, what }: LoadMoreProps) {
  const { t } = useLang();
  if (shown === 0 && !hasMore) return null;
  return (
    <div className="load-more">
      <p className="muted small" aria-live="polite">
        {total === undefined
          ? t({ vi: `Đang hiện ${shown} mục.`, en: `Showing ${shown}.` })
          : t({ vi: `Đang hiện ${shown}/${total} mục.`, en: `Showing ${shown} of ${total}.` })}
      </p>
      {hasMore ? (
        <button type="button" className="btn" disabled={isLoading} onClick={onLoadMore}>
          {isLoading ? t('loading') : t('loadMore')}
          {what ? <span className="visually-hidden"> {t(what)}</span> : null}
        </button>
      ) : null}
    </div>
  );
}
