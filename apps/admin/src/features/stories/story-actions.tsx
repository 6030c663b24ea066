// What each role may do with a story's status: cadres send drafts for review; reviewers and
// administrators publish, return with a comment for the author, or unpublish.
import type { Role } from '@lantoa/domain';
import { useId, useState } from 'react';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { StoryStatus } from './story-status';

export type StoryAction = 'submit' | 'publish' | 'return' | 'unpublish';

export function allowedActions(role: Role, status: StoryStatus): StoryAction[] {
  const isEditor = role === 'admin' || role === 'reviewer';
  if (isEditor) {
    if (status === 'draft') return ['publish'];
    if (status === 'review') return ['publish', 'return'];
    return ['unpublish'];
  }
  return role === 'cadre' && status === 'draft' ? ['submit'] : [];
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
