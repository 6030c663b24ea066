// An ambassador's profile: name, field, status, term, photo, contacts (personal data),
// channels with follower counts, and the units and programs they accompany. Built on the
// shared form layer (decision 30).
import { AMBASSADOR_FIELDS, AMBASSADOR_STATUSES, ZSaveAmbassadorInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { FIELD_LABELS, STATUS_LABELS } from './ambassador-labels';
import { ChannelRows, UnitRows } from './ambassador-rows';
import { ambassadorInput, valuesOf } from './ambassador-values';

interface Props {
  ambassador: AmbassadorDetail | null;
  onClose: (savedId?: string) => void;
}

type TextKey = 'name' | 'photoUrl' | 'contactEmail' | 'contactPhone' | 'termFrom' | 'termTo';

export function AmbassadorForm({ ambassador: a, onClose }: Props) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.ambassadors.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() }),
    }),
  );
  const af = useSchemaForm({
    defaultValues: valuesOf(a),
    version: a?.version ?? null,
    check: (f, version) =>
      check(ZSaveAmbassadorInput, ambassadorInput(f, a?.id ?? null, version), save.mutateAsync),
    dateFields: ['termFrom', 'termTo'],
    valuesOf: (current: AmbassadorDetail) => valuesOf(current),
    onSaved: (saved) => onClose(saved.id),
  });
  const { values: f, errors, update } = af;
  const input = (key: TextKey, label: string, extra: { hint?: string; type?: string } = {}) => (
    <TextField
      name={key}
      label={label}
      hint={extra.hint}
      type={extra.type}
      value={f[key]}
      error={errors[key]}
      onChange={(value) => update({ [key]: value })}
    />
  );
  const select = <K extends 'field' | 'status'>(
    key: K,
    label: string,
    options: readonly (typeof f)[K][],
    labels: Record<(typeof f)[K], { vi: string; en: string }>,
  ) => (
    <Field name={key} label={label} error={errors[key]}>
      {(p) => (
        <select {...p} value={f[key]} onChange={(e) => update({ [key]: e.target.value })}>
          {options.map((v) => (
            <option key={v} value={v}>
              {t(labels[v])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Sheet title={a ? a.name : t(M.addAmbassador)} onClose={() => onClose()}>
      <form onSubmit={af.onSubmit} noValidate className="stack">
        {af.conflict ? (
          <ConflictView
            rows={conflictRows(
              [
                ['name', t('name')],
                ['status', t(M.ambStatus)],
                ['termFrom', t(M.termFrom)],
                ['termTo', t(M.termTo)],
                ['channels', t(M.channels)],
              ],
              valuesOf(af.conflict),
              f,
              lang,
            )}
            onApplyMine={() => void af.applyMine()}
            onUseTheirs={af.takeTheirs}
          />
        ) : null}
        <FormAlert message={af.formError} />
        {input('name', t('name'))}
        <div className="grid-2">
          {select('field', t(M.field), AMBASSADOR_FIELDS, FIELD_LABELS)}
          {select('status', t(M.ambStatus), AMBASSADOR_STATUSES, STATUS_LABELS)}
          {input('termFrom', t(M.termFrom), { hint: t(M.optionalDateHint) })}
          {input('termTo', t(M.termTo), { hint: t(M.optionalDateHint) })}
        </div>
        {input('photoUrl', t(M.photoUrl), { type: 'url' })}
        <p className="field-hint">{t(M.maskedNote)}</p>
        <div className="grid-2">
          {input('contactEmail', t(M.contactEmail), { type: 'email' })}
          {input('contactPhone', t(M.contactPhone), { type: 'tel' })}
        </div>
        <ChannelRows
          rows={f.channels}
          errors={errors}
          onChange={(channels) => update({ channels })}
        />
        <UnitRows rows={f.units} errors={errors} onChange={(units) => update({ units })} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={af.isSubmitting}>
            {t('save')}
          </button>
          <button type="button" className="btn" onClick={() => onClose()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
