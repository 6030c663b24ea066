// Adding an appearance of the ambassador, on the shared form layer (decision 30): the date
// typed dd/MM/yyyy, the reach as digits; the domain's schema checks both before sending.
import { ZAddAppearanceInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { isoOf } from './consent-forms';

/** Digits only: "1e3" or "12,5" is no head count, and the schema says so. */
const countOf = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

export function AppearanceForm({
  ambassadorId,
  onDone,
}: {
  ambassadorId: string;
  onDone: () => void;
}) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.ambassadors.addAppearance.mutationOptions());
  const af = useSchemaForm({
    defaultValues: { appearedOn: '', event: '', kind: '', reach: '0' },
    check: (v) =>
      check(
        ZAddAppearanceInput,
        { ...v, ambassadorId, appearedOn: isoOf(v.appearedOn), reach: countOf(v.reach) },
        add.mutateAsync,
      ),
    dateFields: ['appearedOn'],
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() });
      onDone();
    },
  });
  const { values: v, errors, update } = af;
  return (
    <form onSubmit={af.onSubmit} noValidate className="stack">
      <FormAlert message={af.formError} />
      <TextField
        name="appearedOn"
        label={t(M.appearedOn)}
        hint={t(M.dateHint)}
        inputMode="numeric"
        value={v.appearedOn}
        error={errors.appearedOn}
        onChange={(appearedOn) => update({ appearedOn })}
      />
      <TextField
        name="event"
        label={t(M.event)}
        value={v.event}
        error={errors.event}
        onChange={(event) => update({ event })}
      />
      <TextField
        name="kind"
        label={t(M.appearanceKind)}
        value={v.kind}
        error={errors.kind}
        onChange={(kind) => update({ kind })}
      />
      <TextField
        name="reach"
        label={t(M.reach)}
        inputMode="numeric"
        value={v.reach}
        error={errors.reach}
        onChange={(reach) => update({ reach })}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={af.isSubmitting}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
