// How the appeal's money was used: date, recipient group, amount and an https link to the
// evidence. Recording one (appeal.reconcile) shows it in the public accounts at once.
import { can, type Role, ZDisbursementInput } from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { G, money } from './giving-words';

export function DisbursementsSection({ appealId, role }: { appealId: string; role: Role }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data: rows } = useSuspenseQuery(trpc.appeals.disbursements.queryOptions({ appealId }));
  const empty = {
    spentOn: undefined as string | undefined,
    recipientGroup: '',
    amount: '',
    evidenceUrl: '',
  };
  const [f, setF] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const record = useMutation(
    trpc.appeals.recordDisbursement.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const parsed = ZDisbursementInput.safeParse({
      appealId,
      spentOn: f.spentOn ?? '',
      recipientGroup: f.recipientGroup,
      amount: f.amount === '' ? Number.NaN : Number(f.amount),
      evidenceUrl: f.evidenceUrl,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      await record.mutateAsync(parsed.data);
      setF(empty);
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }
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
        <form className="stack" noValidate onSubmit={onSubmit} aria-label={t(G.addDisbursement)}>
          <h3>{t(G.addDisbursement)}</h3>
          {error ? (
            <p className="alert" role="alert">
              {error}
            </p>
          ) : null}
          <div className="grid-2">
            <Field name="spentOn" label={t(G.spentOn)} error={errors.spentOn}>
              {(p) => (
                <ViDateInput
                  value={f.spentOn}
                  control={p}
                  onChange={(iso) => setF({ ...f, spentOn: iso })}
                />
              )}
            </Field>
            <Field name="amount" label={t(G.amount)} error={errors.amount}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={f.amount}
                  onChange={(e) => setF({ ...f, amount: e.target.value.replace(/\D/g, '') })}
                />
              )}
            </Field>
          </div>
          <Field name="recipientGroup" label={t(G.recipientGroup)} error={errors.recipientGroup}>
            {(p) => (
              <input
                {...p}
                value={f.recipientGroup}
                onChange={(e) => setF({ ...f, recipientGroup: e.target.value })}
              />
            )}
          </Field>
          <Field name="evidenceUrl" label={t(G.evidence)} error={errors.evidenceUrl}>
            {(p) => (
              <input
                {...p}
                type="url"
                value={f.evidenceUrl}
                onChange={(e) => setF({ ...f, evidenceUrl: e.target.value })}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={record.isPending}>
              {t(G.addDisbursement)}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
