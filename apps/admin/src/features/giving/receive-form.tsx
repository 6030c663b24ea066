// Mark one pledge as received by hand: the amount (the pledged one by default) and the day
// (today by default, dd/MM/yyyy). Sent with the pledge's version: a stale one is refused.
import { todayInVietnam } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { DateField, SubmitRow, WholeNumberField } from './giving-sheet-form';
import { G } from './giving-words';

type Pledge = RouterOutputs['appeals']['pledges'][number];

export function ReceiveForm(props: { appealId: string; pledge: Pledge; onClose: () => void }) {
  const { appealId, pledge } = props;
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(pledge.amount ? String(pledge.amount) : '');
  const [receivedOn, setReceivedOn] = useState<string | undefined>(todayInVietnam(new Date()));
  const [error, setError] = useState<string | null>(null);
  const receive = useMutation(
    trpc.appeals.receive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await receive.mutateAsync({
        appealId,
        receipts: [
          {
            pledgeId: pledge.id,
            version: pledge.version,
            amount: Number(amount),
            receivedOn: receivedOn ?? '',
            statementRow: null,
          },
        ],
      });
      props.onClose();
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }
  return (
    <Sheet title={`${t(G.markReceived)} · ${pledge.reference}`} onClose={props.onClose}>
      <form className="stack" noValidate onSubmit={onSubmit}>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <WholeNumberField
          name="amount"
          label={t(G.amount)}
          value={amount}
          error={undefined}
          onChange={setAmount}
        />
        <DateField
          name="receivedOn"
          label={t(G.receivedOn)}
          value={receivedOn}
          error={undefined}
          onChange={setReceivedOn}
        />
        <SubmitRow label={t(G.confirm)} isBusy={receive.isPending} onCancel={props.onClose} />
      </form>
    </Sheet>
  );
}
