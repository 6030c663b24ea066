// The status changes the domain policy allows this user on a story: cadres send drafts for
// review; reviewers and administrators publish (not what they wrote or last edited),
// return with a comment for the author, or unpublish.
import { can, type Role, STORY_ACTIONS } from '@lantoa/domain';
import { useId, useState } from 'react';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { StoryStatus } from './story-status';

export type StoryAction = (typeof STORY_ACTIONS)[number];

/** The stories the server returns are all in the user's reach, so no relation is asked. */
export function allowedActions(
  user: { id: string; role: Role },
  story: { status: StoryStatus; authorId: string | null; updatedBy: string | null },
): StoryAction[] {
  return STORY_ACTIONS.filter((action) =>
    can({
      role: user.role,
      action: `story.${action}`,
      state: story.status,
      userId: user.id,
      authorId: story.authorId,
      lastEditorId: story.updatedBy,
    }),
  );
}

const LABELS = {
  submit: M.submitStory,
  publish: M.publish,
  return: M.returnStory,
  unpublish: M.unpublish,
} as const;

interface StoryActionsProps {
  actions: StoryAction[];
  isBusy: boolean;
  onAct: (action: StoryAction, comment?: string) => void;
}

export function StoryActions({ actions, isBusy, onAct }: StoryActionsProps) {
  const { t } = useLang();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [isMissing, setMissing] = useState(false);
  if (actions.length === 0) return null;
  return (
    <div className="stack story-actions">
      {actions.includes('return') ? (
        <div className={isMissing ? 'field field-invalid' : 'field'}>
          <label htmlFor={commentId}>{t(M.returnComment)}</label>
          <textarea
            id={commentId}
            rows={2}
            value={comment}
            aria-invalid={isMissing || undefined}
            aria-describedby={isMissing ? `${commentId}-error` : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          {isMissing ? (
            <p id={`${commentId}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {t(M.returnCommentRequired)}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'publish' || action === 'submit' ? 'btn btn-primary' : 'btn'}
            disabled={isBusy}
            onClick={() => {
              if (action === 'return' && comment.trim() === '') return setMissing(true);
              setMissing(false);
              onAct(action, action === 'return' ? comment.trim() : undefined);
            }}
          >
            {t(LABELS[action])}
          </button>
        ))}
      </div>
    </div>
  );
}
