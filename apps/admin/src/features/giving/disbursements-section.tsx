// How the appeal's money was used: date, recipient group, amount and an https link to the
// evidence. Recording one (appeal.reconcile) shows it in the public accounts at once.
import { can, type Role, ZDisbursementInput } from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { DateField, WholeNumberField } from './giving-sheet-form';
import { G, money } from './giving-words';

const EMPTY = {
  spentOn: undefined as string | undefined,
  recipientGroup: '',
  amount: '',
  evidenceUrl: '',
};

export function DisbursementsSection({ appealId, role }: { appealId: string; role: Role }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data: rows } = useSuspenseQuery(trpc.appeals.disbursements.queryOptions({ appealId }));
  const record = useMutation(
    trpc.appeals.recordDisbursement.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  const pf = useSchemaForm({
    defaultValues: EMPTY,
    check: (v) =>
      check(
        ZDisbursementInput,
        { ...v, appealId, amount: v.amount === '' ? Number.NaN : Number(v.amount) },
        record.mutateAsync,
      ),
    dateFields: ['spentOn'],
    onSaved: () => {
      pf.form.reset(EMPTY);
    },
  });
  const { values: f, errors, update } = pf;
  return (
    <section className="card stack" aria-labelledby="disbursements-title">
      <h2 id="disbursements-title">{t(G.disbursements)}</h2>
      {rows.length === 0 ? (
        <p className="state state-empty">{t(G.noDisbursements)}</p>
      ) : (
        <ul className="stack">
          {rows.map((d) => (
            <li key={d.id}>
              {formatDate(d.spentOn)} · {d.recipientGroup} · {money(d.amount, lang)} ·{' '}
              <a href={d.evidenceUrl} rel="noopener noreferrer" target="_blank">
                {t(G.evidence)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {can({ role, action: 'appeal.reconcile' }) ? (
        <form className="stack" noValidate onSubmit={pf.onSubmit} aria-label={t(G.addDisbursement)}>
          <h3>{t(G.addDisbursement)}</h3>
          <FormAlert message={pf.formError} />
          <div className="grid-2">
            <DateField
              name="spentOn"
              label={t(G.spentOn)}
              value={f.spentOn}
              error={errors.spentOn}
              onChange={(spentOn) => update({ spentOn })}
            />
            <WholeNumberField
              name="amount"
              label={t(G.amount)}
              value={f.amount}
              error={errors.amount}
              onChange={(amount) => update({ amount })}
            />
          </div>
          <Field name="recipientGroup" label={t(G.recipientGroup)} error={errors.recipientGroup}>
            {(p) => (
              <input
                {...p}
                value={f.recipientGroup}
                onChange={(e) => update({ recipientGroup: e.target.value })}
              />
            )}
          </Field>
          <Field name="evidenceUrl" label={t(G.evidence)} error={errors.evidenceUrl}>
            {(p) => (
              <input
                {...p}
                type="url"
                value={f.evidenceUrl}
                onChange={(e) => update({ evidenceUrl: e.target.value })}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={pf.isSubmitting}>
              {t(G.addDisbursement)}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
