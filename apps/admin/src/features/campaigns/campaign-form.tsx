// Create or edit a campaign or contest: dates as dd/MM/yyyy, the unit kinds it targets
// (which decide where CT-06 expects participation). Versioned like every edit.
import {
  formatDateVi,
  parseDateVi,
  SCHEMA_MESSAGES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
  ZSaveCampaignInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
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
import type { Campaign } from '../../lib/types';
import { CAMPAIGN_KIND_LABELS, ORGANISER_LABELS } from './campaign-labels';

export function CampaignForm({
  campaign,
  isCentral = false,
  onClose,
}: {
  campaign: Campaign | null;
  /** A new campaign will be Central's own (the national role writes it). */
  isCentral?: boolean;
  onClose: (message?: string) => void;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    title: campaign?.title ?? '',
    kind: campaign?.kind ?? 'campaign',
    organiser: campaign?.organiser ?? (isCentral ? 'central' : 'province'),
    startsOn: campaign ? formatDateVi(campaign.starts_on) : '',
    endsOn: campaign ? formatDateVi(campaign.ends_on) : '',
    targetKinds: (campaign?.target_kinds ?? ['district']) as UnitKind[],
  });
  const [version, setVersion] = useState(campaign?.version ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.records.saveCampaign.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() }),
    }),
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZSaveCampaignInput.safeParse({
      id: campaign?.id ?? null,
      version,
      title: f.title,
      kind: f.kind,
      organiser: f.organiser,
      startsOn: parseDateVi(f.startsOn.trim()) ?? f.startsOn,
      endsOn: parseDateVi(f.endsOn.trim()) ?? f.endsOn,
      targetKinds: f.targetKinds,
    });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error.issues, lang);
      for (const key of ['startsOn', 'endsOn'] as const)
        if (found[key] && !parseDateVi(f[key].trim())) found[key] = SCHEMA_MESSAGES.viDate[lang];
      return setErrors(found);
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      onClose(t(M.campaignSaved));
    } catch (err) {
      const current = errorData(err).details?.current as { version?: number } | undefined;
      if (errorCode(err) === 'CONFLICT' && current?.version !== undefined)
        setVersion(current.version);
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  const dateField = (key: 'startsOn' | 'endsOn') => (
    <Field name={key} label={t(M[key])} hint={t(M.dateHint)} error={errors[key]}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          placeholder="dd/MM/yyyy"
          value={f[key]}
          onChange={(e) => setF({ ...f, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Sheet title={campaign ? campaign.title : t(M.addCampaign)} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <Field name="title" label={t(M.title)} error={errors.title}>
          {(p) => (
            <input {...p} value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
          )}
        </Field>
        <fieldset className="choice">
          <legend>{t(M.campaignKind)}</legend>
          {(['campaign', 'contest'] as const).map((k) => (
            <label key={k} className="choice-option">
              <input
                type="radio"
                name="kind"
                checked={f.kind === k}
                onChange={() => setF({ ...f, kind: k })}
              />
              {t(CAMPAIGN_KIND_LABELS[k])}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice">
          <legend>{t(M.organiser)}</legend>
          {(['central', 'province'] as const).map((o) => (
            <label key={o} className="choice-option">
              <input
                type="radio"
                name="organiser"
                checked={f.organiser === o}
                onChange={() => setF({ ...f, organiser: o })}
              />
              {t(ORGANISER_LABELS[o])}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          {dateField('startsOn')}
          {dateField('endsOn')}
        </div>
        <fieldset
          className="choice"
          aria-invalid={errors.targetKinds ? true : undefined}
          aria-describedby={errors.targetKinds ? 'target-kinds-error' : undefined}
        >
          <legend>{t(M.targetKinds)}</legend>
          {UNIT_KINDS.map((k) => (
            <label key={k} className="choice-option">
              <input
                type="checkbox"
                checked={f.targetKinds.includes(k)}
                onChange={(e) =>
                  setF({
                    ...f,
                    targetKinds: e.target.checked
                      ? [...f.targetKinds, k]
                      : f.targetKinds.filter((x) => x !== k),
                  })
                }
              />
              {t(UNIT_KIND_LABELS[k])}
            </label>
          ))}
          {errors.targetKinds ? (
            <p id="target-kinds-error" className="field-error">
              <span aria-hidden="true">⚠ </span>
              {errors.targetKinds}
            </p>
          ) : null}
        </fieldset>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
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
