// The fields of a story: title, summary, unit, tags, cover image (with its preview) and the
// rich-text body (tiptap, loaded with this route only). Read-only when the role may not edit.
import { isHttpsUrl } from '@lantoa/domain';
import { useId, useState } from 'react';
import { Field } from '../../components/field';
import { TextField } from '../../components/text-field';
import { UnitPicker } from '../../components/unit-picker';
import type { FieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { BodyEditor } from './body-editor';
import type { StoryDraft } from './story-draft';

interface StoryFieldsProps {
  draft: StoryDraft;
  errors: FieldErrors;
  /** The name of the draft's unit when the editor opened (the story names it). */
  unitName: string;
  canEdit: boolean;
  /** Changes when the body must be reloaded from the draft (the latest version taken). */
  editorKey: number;
  onChange: (patch: Partial<StoryDraft>) => void;
}

export function StoryFields({
  draft,
  errors,
  unitName,
  canEdit,
  editorKey,
  onChange,
}: StoryFieldsProps) {
  const { t } = useLang();
  const bodyLabelId = useId();
  const [pickedName, setPickedName] = useState(unitName);
  const text = (key: 'title' | 'tags' | 'coverImageUrl') => ({
    name: key,
    value: draft[key],
    error: errors[key],
    onChange: (value: string) => onChange({ [key]: value }),
  });
  return (
    <>
      <fieldset disabled={!canEdit} className="bare stack">
        <TextField label={t(M.title)} {...text('title')} />
        <Field name="summary" label={t(M.summary)} error={errors.summary}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={draft.summary}
              onChange={(e) => onChange({ summary: e.target.value })}
            />
          )}
        </Field>
        <div className="grid-2">
          <UnitPicker
            name="unitId"
            label={t('unit')}
            value={draft.unitId}
            valueName={pickedName}
            error={errors.unitId}
            onChange={(unitId, unit) => {
              setPickedName(unit?.name ?? '');
              onChange({ unitId });
            }}
          />
          <TextField label={t(M.tags)} hint={t(M.tagsHint)} {...text('tags')} />
        </div>
        <Field name="coverImageUrl" label={t(M.coverImage)} error={errors.coverImageUrl}>
          {(p) => (
            <input
              {...p}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={draft.coverImageUrl}
              onChange={(e) => onChange({ coverImageUrl: e.target.value })}
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
          onChange={(bodyHtml) => onChange({ bodyHtml })}
        />
        {errors.bodyHtml ? <p className="field-error">{errors.bodyHtml}</p> : null}
      </div>
    </>
  );
}
