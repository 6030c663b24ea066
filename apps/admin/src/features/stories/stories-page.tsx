// Stories for the public feed, last changed first, filtered by status (kept in the URL),
// a page at a time from the server ("Tải thêm").
import { can } from '@lantoa/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { LoadMore } from '../../components/load-more';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { storyPages } from './story-pages';
import { STORY_STATUS_LABELS, STORY_STATUSES, StoryStatusBadge } from './story-status';

const route = getRouteApi('/_app/stories/');
const appRoute = getRouteApi('/_app');

export function StoriesPage() {
  const { t } = useLang();
  const { status } = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = appRoute.useRouteContext();
  const pages = useSuspenseInfiniteQuery(storyPages(trpc, { status }));
  const stories = pages.data.pages.flatMap((p) => p.items);
  const canWrite = can({ role: user.role, action: 'story.save', state: 'new' });
  return (
    <>
      <h1>{t('navStories')}</h1>
      <p className="muted">{t(M.storiesLead)}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t(M.storyStatus)}</span>
          <select
            value={status ?? ''}
            onChange={(e) =>
              navigate({ search: { status: (e.target.value || undefined) as typeof status } })
            }
          >
            <option value="">{t('all')}</option>
            {STORY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STORY_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        {canWrite ? (
          <Link to="/stories/$storyId" params={{ storyId: 'new' }} className="btn btn-primary">
            + {t(M.newStory)}
          </Link>
        ) : null}
      </form>
      {stories.length === 0 ? (
        <Empty />
      ) : (
        <ul className="card-list">
          {stories.map((s) => (
            <li key={s.id} className="card story-row">
              <h2 className="h3">
                <Link to="/stories/$storyId" params={{ storyId: s.id }}>
                  {s.title}
                </Link>
              </h2>
              <p className="small muted">
                <StoryStatusBadge status={s.status} /> {s.unitName} · {t(M.updated)}{' '}
                {formatInstant(s.updatedAt)}
              </p>
              {s.summary ? <p className="small">{s.summary}</p> : null}
              {s.status === 'draft' && s.reviewComment ? (
                <p className="small">
                  <strong>{t(M.returnedBy)}:</strong> “{s.reviewComment}”
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        shown={stories.length}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => pages.fetchNextPage()}
        what={{ vi: 'bài viết', en: 'stories' }}
      />
    </>
  );
}
