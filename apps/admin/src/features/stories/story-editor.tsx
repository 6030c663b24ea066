// Write or edit a story, then the status actions the role allows. Built on the shared form
// layer (decision 30): checked with the domain schema first, server field errors beside their
// fields, a CONFLICT keeps the draft. An action on an edited story saves it first.
import { can, ZSaveStoryInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import type { SessionUser } from '../../lib/auth';
import { errorMessage } from '../../lib/errors';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Story } from '../../lib/types';
import { allowedActions, type StoryAction, StoryActions } from './story-actions';
import { draftOf, type StoryDraft, storyInput } from './story-draft';
import { StoryFields } from './story-fields';
import { StoryPreview } from './story-preview';
import { StoryStatusBadge } from './story-status';

interface StoryEditorProps {
  story: Story | null;
  user: SessionUser;
  onSaved: (story: { id: string }) => void;
}

export function StoryEditor({ story, user, onSaved }: StoryEditorProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [editorKey, setEditorKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [isDirty, setDirty] = useState(false);
  const [isPreview, setPreview] = useState(false);
  const save = useMutation(trpc.stories.save.mutationOptions());
  const act = useMutation(trpc.stories.act.mutationOptions());
  const status = story?.status ?? 'draft';
  const canEdit = can({ role: user.role, action: 'story.save', state: story ? status : 'new' });
  const actions = story ? allowedActions(user, story) : [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.stories.pathKey() });
  const sf = useSchemaForm({
    defaultValues: draftOf(story, user.unit.id),
    version: story?.version ?? null,
    check: (draft, version) =>
      check(ZSaveStoryInput, storyInput(draft, story?.id ?? null, version), save.mutateAsync),
    valuesOf: (current: Story) => draftOf(current, user.unit.id),
    onSaved: async (saved) => {
      setDirty(false);
      await refresh();
      onSaved(saved);
      setNotice(t(M.storySaved));
    },
  });
  const { values: draft } = sf;
  const change = (patch: Partial<StoryDraft>) => {
    sf.update(patch);
    setDirty(true);
  };

  async function onAct(action: StoryAction, comment?: string) {
    if (!story) return;
    setNotice(null);
    sf.setFormError(null);
    const base =
      isDirty && canEdit
        ? await sf.submit()
        : { id: story.id, version: sf.version ?? story.version };
    if (!base) return;
    try {
      const changed = await act.mutateAsync({
        id: base.id,
        version: base.version,
        action,
        comment,
      });
      sf.setVersion(changed.version);
      await refresh();
      onSaved(changed);
      setNotice(t(M.actionDone));
    } catch (err) {
      sf.setFormError(errorMessage(err, lang));
    }
  }

  return (
    <>
      {story ? (
        <p className="small">
          <StoryStatusBadge status={status} />
        </p>
      ) : null}
      {story?.reviewComment && status === 'draft' ? (
        <div className="conflict" role="note">
          <strong>{t(M.returnedBy)}:</strong> “{story.reviewComment}”
        </div>
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormAlert message={sf.formError} />
      {sf.conflict ? (
        <ConflictView
          rows={conflictRows(
            [
              ['title', t(M.title)],
              ['summary', t(M.summary)],
              ['tags', t(M.tags)],
            ],
            draftOf(sf.conflict, user.unit.id),
            draft,
            lang,
          )}
          onApplyMine={() => void sf.applyMine()}
          onUseTheirs={() => {
            sf.takeTheirs();
            setEditorKey((k) => k + 1);
            setDirty(false);
          }}
        />
      ) : null}
      {!canEdit && story ? <p className="muted small">{t(M.readOnlyStory)}</p> : null}
      <form onSubmit={sf.onSubmit} noValidate className="stack card">
        <StoryFields
          draft={draft}
          errors={sf.errors}
          unitName={story?.unitName ?? user.unit.name}
          canEdit={canEdit}
          editorKey={editorKey}
          onChange={change}
        />
        <div className="actions">
          {canEdit ? (
            <button type="submit" className="btn btn-primary" disabled={sf.isSubmitting}>
              {t('save')}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={() => setPreview((p) => !p)}>
            {t(isPreview ? M.hidePreview : M.preview)}
          </button>
        </div>
      </form>
      {isPreview ? (
        <StoryPreview
          title={draft.title}
          summary={draft.summary}
          coverImageUrl={draft.coverImageUrl.trim()}
          bodyHtml={draft.bodyHtml}
        />
      ) : null}
      <StoryActions actions={actions} isBusy={act.isPending || sf.isSubmitting} onAct={onAct} />
    </>
  );
}
