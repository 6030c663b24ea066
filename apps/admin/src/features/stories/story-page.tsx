// One story: the editor for a new or existing story, with a way back to the list.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { CommentThread } from '../comments/comment-thread';
import { StoryEditor } from './story-editor';

const route = getRouteApi('/_app/stories/$storyId');
const appRoute = getRouteApi('/_app');

export function StoryPage() {
  const { t } = useLang();
  const { storyId } = route.useParams();
  const navigate = route.useNavigate();
  const { user } = appRoute.useRouteContext();
  const isNew = storyId === 'new';
  const { data: story } = useQuery({
    ...trpc.stories.get.queryOptions({ id: storyId }),
    enabled: !isNew,
  });
  return (
    <>
      <p className="small">
        <Link to="/stories" search={{}}>
          ← {t(M.backToList)}
        </Link>
      </p>
      <h1>{isNew ? t(M.newStory) : (story?.title ?? '')}</h1>
      {isNew || story ? (
        <StoryEditor
          key={story?.id ?? 'new'}
          story={story ?? null}
          user={user}
          onSaved={(saved) => {
            if (isNew)
              void navigate({
                to: '/stories/$storyId',
                params: { storyId: saved.id },
                replace: true,
              });
          }}
        />
      ) : null}
      {story ? <CommentThread subject="story" id={story.id} /> : null}
    </>
  );
}
