// Mark one pledge as received by hand: the amount (the pledged one by default) and the day
// (today by default, dd/MM/yyyy). Sent with the pledge's version: a stale one is refused.
import { todayInVietnam, ZReceivePledgeInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { DateField, SubmitRow, WholeNumberField } from './giving-sheet-form';
import { G } from './giving-words';

type Pledge = RouterOutputs['appeals']['pledges'][number];

export function ReceiveForm(props: { appealId: string; pledge: Pledge; onClose: () => void }) {
  const { appealId, pledge } = props;
  const { t } = useLang();
  const queryClient = useQueryClient();
  const receive = useMutation(
    trpc.appeals.receive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  const pf = useSchemaForm({
    defaultValues: {
      amount: pledge.amount ? String(pledge.amount) : '',
      receivedOn: todayInVietnam(new Date()) as string | undefined,
    },
    check: (v) =>
      check(
        ZReceivePledgeInput,
        {
          pledgeId: pledge.id,
          version: pledge.version,
          amount: v.amount === '' ? undefined : Number(v.amount),
          receivedOn: v.receivedOn,
        },
        (receipt) =>
          receive.mutateAsync({ appealId, receipts: [{ ...receipt, statementRow: null }] }),
      ),
    // The server answers for the batch ('receipts.0.amount'); the form has one receipt.
    fieldOf: (path) => path.replace(/^receipts\.\d+\./, ''),
    dateFields: ['receivedOn'],
    onSaved: () => props.onClose(),
  });
  const { values: v, errors, update } = pf;
  return (
    <Sheet title={`${t(G.markReceived)} · ${pledge.reference}`} onClose={props.onClose}>
      <form className="stack" noValidate onSubmit={pf.onSubmit}>
        <FormAlert message={pf.formError} />
        <WholeNumberField
          name="amount"
          label={t(G.amount)}
          value={v.amount}
          error={errors.amount}
          onChange={(amount) => update({ amount })}
        />
        <DateField
          name="receivedOn"
          label={t(G.receivedOn)}
          value={v.receivedOn}
          error={errors.receivedOn}
          onChange={(receivedOn) => update({ receivedOn })}
        />
        <SubmitRow label={t(G.confirm)} isBusy={pf.isSubmitting} onCancel={props.onClose} />
      </form>
    </Sheet>
  );
}
