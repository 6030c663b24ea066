// Write or edit a story: title, summary, unit, tags, cover image (with preview) and the
// rich-text body; then the status actions the role allows. Checked with the domain schema
// first; server field errors beside their fields; a CONFLICT keeps the draft.
import { can, isHttpsUrl, ZSaveStoryInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import type { SessionUser } from '../../lib/auth';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Story, TreeUnit } from '../../lib/types';
import { BodyEditor } from './body-editor';
import { allowedActions, type StoryAction, StoryActions } from './story-actions';
import { StoryPreview } from './story-preview';
import { StoryStatusBadge } from './story-status';

interface StoryEditorProps {
  story: Story | null;
  user: SessionUser;
  units: TreeUnit[];
  onSaved: (story: Story) => void;
}

const draftOf = (story: Story | null, unitId: string) => ({
  title: story?.title ?? '',
  summary: story?.summary ?? '',
  unitId: story?.unitId ?? unitId,
  tags: story?.tags.join(', ') ?? '',
  coverImageUrl: story?.coverImageUrl ?? '',
  bodyHtml: story?.bodyHtml ?? '',
});

export function StoryEditor({ story, user, units, onSaved }: StoryEditorProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const bodyLabelId = useId();
  const [draft, setDraft] = useState(() => draftOf(story, user.unit.id));
  const [editorKey, setEditorKey] = useState(0);
  const [version, setVersion] = useState(story?.version ?? null);
  const [conflict, setConflict] = useState<Story | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isDirty, setDirty] = useState(false);
  const [isPreview, setPreview] = useState(false);
  const save = useMutation(trpc.stories.save.mutationOptions());
  const act = useMutation(trpc.stories.act.mutationOptions());
  const status = story?.status ?? 'draft';
  const canEdit = can({ role: user.role, action: 'story.save', state: story ? status : 'new' });
  const actions = story ? allowedActions(user, story) : [];
  const set = (key: keyof typeof draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.stories.pathKey() });

  /** Saves the draft; returns the saved story, or null when it did not save. */
  async function send(baseVersion = version): Promise<Story | null> {
    setError(null);
    setNotice(null);
    const parsed = ZSaveStoryInput.safeParse({
      id: story?.id ?? null,
      version: baseVersion,
      unitId: draft.unitId,
      title: draft.title,
      summary: draft.summary,
      bodyHtml: draft.bodyHtml,
      coverImageUrl: draft.coverImageUrl.trim() || null,
      tags: draft.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues, lang));
      return null;
    }
    setErrors({});
    try {
      const saved = await save.mutateAsync(parsed.data);
      setVersion(saved.version);
      setDirty(false);
      await refresh();
      onSaved(saved);
      setNotice(t(M.storySaved));
      return saved;
    } catch (err) {
      const current = errorData(err).details?.current as Story | undefined;
      if (errorCode(err) === 'CONFLICT' && current) setConflict(current);
      else {
        setErrors(serverFieldErrors(err, lang));
        setError(errorMessage(err, lang));
      }
      return null;
    }
  }

  async function onAct(action: StoryAction, comment?: string) {
    if (!story) return;
    setError(null);
    const base =
      isDirty && canEdit ? await send() : { id: story.id, version: version ?? story.version };
    if (!base) return;
    try {
      const changed = await act.mutateAsync({
        id: base.id,
        version: base.version,
        action,
        comment,
      });
      setVersion(changed.version);
      await refresh();
      onSaved(changed);
      setNotice(t(M.actionDone));
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
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
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {conflict ? (
        <section className="conflict" role="alert" aria-labelledby="story-conflict-title">
          <h3 id="story-conflict-title">{t('conflictTitle')}</h3>
          <p className="small">{conflict.title}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setConflict(null);
                setVersion(conflict.version);
                void send(conflict.version);
              }}
            >
              {t('conflictApply')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setConflict(null);
                setVersion(conflict.version);
                setDraft(draftOf(conflict, user.unit.id));
                setEditorKey((k) => k + 1);
                setDirty(false);
              }}
            >
              {t('conflictUseTheirs')}
            </button>
          </div>
        </section>
      ) : null}
      {!canEdit && story ? <p className="muted small">{t(M.readOnlyStory)}</p> : null}
      <form onSubmit={onSubmit} noValidate className="stack card">
        <fieldset disabled={!canEdit} className="bare stack">
          <Field name="title" label={t(M.title)} error={errors.title}>
            {(p) => (
              <input {...p} value={draft.title} onChange={(e) => set('title')(e.target.value)} />
            )}
          </Field>
          <Field name="summary" label={t(M.summary)} error={errors.summary}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.summary}
                onChange={(e) => set('summary')(e.target.value)}
              />
            )}
          </Field>
          <div className="grid-2">
            <Field name="unitId" label={t('unit')} error={errors.unitId}>
              {(p) => (
                <select {...p} value={draft.unitId} onChange={(e) => set('unitId')(e.target.value)}>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="tags" label={t(M.tags)} hint={t(M.tagsHint)} error={errors.tags}>
              {(p) => (
                <input {...p} value={draft.tags} onChange={(e) => set('tags')(e.target.value)} />
              )}
            </Field>
          </div>
          <Field name="coverImageUrl" label={t(M.coverImage)} error={errors.coverImageUrl}>
            {(p) => (
              <input
                {...p}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={draft.coverImageUrl}
                onChange={(e) => set('coverImageUrl')(e.target.value)}
              />
            )}
          </Field>
          {isHttpsUrl(draft.coverImageUrl.trim()) ? (
            <img src={draft.coverImageUrl.trim()} alt={t(M.coverPreview)} className="cover-thumb" />
          ) : null}
        </fieldset>
        <div className={errors.bodyHtml ? 'field field-invalid' : 'field'}>
          <span id={bodyLabelId} className="field-label">
            {t(M.body)}
          </span>
          <p id={`${bodyLabelId}-hint`} className="field-hint">
            {t(M.bodyHint)}
          </p>
          <BodyEditor
            key={editorKey}
            labelId={bodyLabelId}
            describedBy={`${bodyLabelId}-hint`}
            initialHtml={draft.bodyHtml}
            isReadOnly={!canEdit}
            onChange={set('bodyHtml')}
          />
          {errors.bodyHtml ? <p className="field-error">{errors.bodyHtml}</p> : null}
        </div>
        <div className="actions">
          {canEdit ? (
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
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
      <StoryActions actions={actions} isBusy={act.isPending || save.isPending} onAct={onAct} />
    </>
  );
}
