// Create or edit a campaign or contest: dates as dd/MM/yyyy, the unit kinds it targets
// (which decide where CT-06 expects participation). Versioned like every edit; built on the
// shared form layer (decision 30).
import {
  formatDateVi,
  parseDateVi,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
  ZSaveCampaignInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChoiceGroup, ChoiceOption } from '../../components/choice-group';
import { Sheet } from '../../components/sheet';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Campaign } from '../../lib/types';
import { CAMPAIGN_KIND_LABELS, ORGANISER_LABELS } from './campaign-labels';

const valuesOf = (campaign: Campaign | null, isCentral: boolean) => ({
  title: campaign?.title ?? '',
  kind: campaign?.kind ?? 'campaign',
  // Central's administrators create Central's campaigns; a province's board its own.
  organiser: campaign?.organiser ?? (isCentral ? 'central' : 'province'),
  startsOn: campaign ? formatDateVi(campaign.starts_on) : '',
  endsOn: campaign ? formatDateVi(campaign.ends_on) : '',
  targetKinds: (campaign?.target_kinds ?? ['district']) as UnitKind[],
});

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
  const save = useMutation(
    trpc.records.saveCampaign.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() }),
    }),
  );
  const cf = useSchemaForm({
    defaultValues: valuesOf(campaign, isCentral),
    version: campaign?.version ?? null,
    check: (f, version) =>
      check(
        ZSaveCampaignInput,
        {
          ...f,
          id: campaign?.id ?? null,
          version,
          startsOn: parseDateVi(f.startsOn.trim()) ?? f.startsOn,
          endsOn: parseDateVi(f.endsOn.trim()) ?? f.endsOn,
        },
        save.mutateAsync,
      ),
    dateFields: ['startsOn', 'endsOn'],
    valuesOf: (current: Campaign) => valuesOf(current, isCentral),
    onSaved: () => onClose(t(M.campaignSaved)),
  });
  const { values: f, errors, update } = cf;
  const dateField = (key: 'startsOn' | 'endsOn') => (
    <TextField
      name={key}
      label={t(M[key])}
      hint={t(M.dateHint)}
      isDate
      value={f[key]}
      error={errors[key]}
      onChange={(value) => update({ [key]: value })}
    />
  );

  return (
    <Sheet title={campaign ? campaign.title : t(M.addCampaign)} onClose={() => onClose()}>
      <form onSubmit={cf.onSubmit} noValidate className="stack">
        {cf.conflict ? (
          <ConflictView
            rows={conflictRows(
              [
                ['title', t(M.title)],
                ['startsOn', t(M.startsOn)],
                ['endsOn', t(M.endsOn)],
                ['targetKinds', t(M.targetKinds)],
              ],
              valuesOf(cf.conflict, isCentral),
              f,
              lang,
            )}
            onApplyMine={() => void cf.applyMine()}
            onUseTheirs={cf.takeTheirs}
          />
        ) : null}
        <FormAlert message={cf.formError} />
        <TextField
          name="title"
          label={t(M.title)}
          value={f.title}
          error={errors.title}
          onChange={(title) => update({ title })}
        />
        <ChoiceGroup legend={t(M.campaignKind)}>
          {(['campaign', 'contest'] as const).map((k) => (
            <ChoiceOption
              key={k}
              type="radio"
              name="kind"
              checked={f.kind === k}
              label={t(CAMPAIGN_KIND_LABELS[k])}
              onChange={() => update({ kind: k })}
            />
          ))}
        </ChoiceGroup>
        <ChoiceGroup legend={t(M.organiser)}>
          {(['central', 'province'] as const).map((o) => (
            <ChoiceOption
              key={o}
              type="radio"
              name="organiser"
              checked={f.organiser === o}
              label={t(ORGANISER_LABELS[o])}
              onChange={() => update({ organiser: o })}
            />
          ))}
        </ChoiceGroup>
        <div className="grid-2">
          {dateField('startsOn')}
          {dateField('endsOn')}
        </div>
        <ChoiceGroup legend={t(M.targetKinds)} error={errors.targetKinds}>
          {UNIT_KINDS.map((k) => (
            <ChoiceOption
              key={k}
              type="checkbox"
              name="targetKinds"
              checked={f.targetKinds.includes(k)}
              label={t(UNIT_KIND_LABELS[k])}
              onChange={(on) =>
                update({
                  targetKinds: on ? [...f.targetKinds, k] : f.targetKinds.filter((x) => x !== k),
                })
              }
            />
          ))}
        </ChoiceGroup>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={cf.isSubmitting}>
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
