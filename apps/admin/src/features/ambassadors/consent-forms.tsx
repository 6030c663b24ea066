// The two consent forms of an ambassador's page on the shared form layer (decision 30):
// recording a consent (purpose, date, the signed document) and dating its withdrawal. Dates
// are typed dd/MM/yyyy and sent as ISO; the domain's schemas check them before sending.
import {
  formatDateVi,
  parseDateVi,
  todayInVietnam,
  ZRecordConsentInput,
  ZWithdrawConsentInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

/** A typed dd/MM/yyyy date as ISO; text that is no date goes as typed, for the schema to refuse. */
export const isoOf = (text: string) => parseDateVi(text.trim()) ?? text;
const today = () => formatDateVi(todayInVietnam(new Date()));

/** After a change the profile (and the list) are read again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() });
}

export function AddConsentForm({
  ambassadorId,
  onDone,
}: {
  ambassadorId: string;
  onDone: () => void;
}) {
  const { t } = useLang();
  const refresh = useRefresh();
  const record = useMutation(trpc.ambassadors.recordConsent.mutationOptions());
  const cf = useSchemaForm({
    defaultValues: { purpose: '', consentedOn: today(), documentRef: '' },
    check: (v) =>
      check(
        ZRecordConsentInput,
        { ...v, ambassadorId, consentedOn: isoOf(v.consentedOn) },
        record.mutateAsync,
      ),
    dateFields: ['consentedOn'],
    onSaved: async () => {
      await refresh();
      onDone();
    },
  });
  const { values: v, errors, update } = cf;
  return (
    <form onSubmit={cf.onSubmit} noValidate className="stack">
      <FormAlert message={cf.formError} />
      <Field name="purpose" label={t(M.purpose)} error={errors.purpose}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={v.purpose}
            onChange={(e) => update({ purpose: e.target.value })}
          />
        )}
      </Field>
      <TextField
        name="consentedOn"
        label={t(M.consentedOn)}
        hint={t(M.dateHint)}
        inputMode="numeric"
        value={v.consentedOn}
        error={errors.consentedOn}
        onChange={(consentedOn) => update({ consentedOn })}
      />
      <TextField
        name="documentRef"
        label={t(M.documentRef)}
        value={v.documentRef}
        error={errors.documentRef}
        onChange={(documentRef) => update({ documentRef })}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={cf.isSubmitting}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

export function WithdrawConsentForm({
  consentId,
  onDone,
}: {
  consentId: string;
  onDone: () => void;
}) {
  const { t } = useLang();
  const refresh = useRefresh();
  const withdraw = useMutation(trpc.ambassadors.withdrawConsent.mutationOptions());
  const wf = useSchemaForm({
    defaultValues: { withdrawnOn: today() },
    check: (v) =>
      check(
        ZWithdrawConsentInput,
        { consentId, withdrawnOn: isoOf(v.withdrawnOn) },
        withdraw.mutateAsync,
      ),
    dateFields: ['withdrawnOn'],
    onSaved: async () => {
      await refresh();
      onDone();
    },
  });
  return (
    <form onSubmit={wf.onSubmit} noValidate className="stack">
      <FormAlert message={wf.formError} />
      <TextField
        name="withdrawnOn"
        label={t(M.withdrawnOn)}
        hint={t(M.dateHint)}
        inputMode="numeric"
        value={wf.values.withdrawnOn}
        error={wf.errors.withdrawnOn}
        onChange={(withdrawnOn) => wf.update({ withdrawnOn })}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={wf.isSubmitting}>
          {t(M.withdraw)}
        </button>
      </div>
    </form>
  );
}
