// A story's status in words and with an icon, never by colour alone.
import type { Bilingual } from '@lantoa/domain';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

export type StoryStatus = 'draft' | 'review' | 'published';
export const STORY_STATUSES: StoryStatus[] = ['draft', 'review', 'published'];
export const STORY_STATUS_LABELS: Record<StoryStatus, Bilingual> = {
  draft: M.statusDraft,
  review: M.statusReview,
  published: M.statusPublished,
};
const ICONS: Record<StoryStatus, string> = { draft: '✎', review: '◔', published: '✓' };
const CLASSES: Record<StoryStatus, string> = {
  draft: 'state-in_progress',
  review: 'state-pending_review',
  published: 'state-met',
};

export function StoryStatusBadge({ status }: { status: StoryStatus }) {
  const { t } = useLang();
  return (
    <span className={`badge ${CLASSES[status]}`}>
      <span className="badge-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {t(STORY_STATUS_LABELS[status])}
    </span>
  );
}
