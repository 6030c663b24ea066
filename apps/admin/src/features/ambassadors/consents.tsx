// Consent to process the ambassador's personal data, kept provable: purpose, date and the
// signed document's reference; withdrawal is dated, never deleted.
import {
  formatDateVi,
  parseDateVi,
  todayInVietnam,
  ZRecordConsentInput,
  ZWithdrawConsentInput,
} from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { useInlineForm } from './use-inline-form';

type Consent = AmbassadorDetail['consents'][number];

export function Consents({
  ambassador: a,
  canChange,
}: {
  ambassador: AmbassadorDetail;
  canChange: boolean;
}) {
  const { t, lang } = useLang();
  const today = formatDateVi(todayInVietnam(new Date()));
  const [isAdding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const add = useInlineForm({ purpose: '', consentedOn: today, documentRef: '' }, ['consentedOn']);
  const out = useInlineForm({ withdrawnOn: today }, ['withdrawnOn']);
  const record = useMutation(trpc.ambassadors.recordConsent.mutationOptions());
  const withdraw = useMutation(trpc.ambassadors.withdrawConsent.mutationOptions());

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const v = add.values;
    const parsed = ZRecordConsentInput.safeParse({
      ambassadorId: a.id,
      purpose: v.purpose,
      consentedOn: parseDateVi(v.consentedOn.trim()) ?? v.consentedOn,
      documentRef: v.documentRef,
    });
    if (!parsed.success) return add.onInvalid(parsed.error.issues, lang);
    try {
      await record.mutateAsync(parsed.data);
      await add.refresh();
      add.reset();
      setAdding(false);
    } catch (err) {
      add.onFailed(err, lang);
    }
  }

  async function onWithdraw(event: FormEvent) {
    event.preventDefault();
    if (!withdrawing) return;
    const text = out.values.withdrawnOn.trim();
    const parsed = ZWithdrawConsentInput.safeParse({
      consentId: withdrawing.id,
      withdrawnOn: parseDateVi(text) ?? text,
    });
    if (!parsed.success) return out.onInvalid(parsed.error.issues, lang);
    try {
      await withdraw.mutateAsync(parsed.data);
      await out.refresh();
      out.reset();
      setWithdrawing(null);
    } catch (err) {
      out.onFailed(err, lang);
    }
  }

  return (
    <section aria-labelledby="consents-title" className="card">
      <h2 id="consents-title">{t(M.consents)}</h2>
      <p className="small muted">{t(M.consentLaw)}</p>
      {a.consents.length === 0 ? (
        <p className="muted small">{t(M.none)}</p>
      ) : (
        <ul className="history">
          {a.consents.map((c) => (
            <li key={c.id} className="consent">
              <span>
                {formatDate(c.consented_on)} — {c.purpose || '—'} · {t(M.documentRef)}:{' '}
                {c.document_ref}
                {' · '}
                {c.withdrawn_on ? (
                  <strong>
                    {t(M.withdrawnOn)} {formatDate(c.withdrawn_on)}
                  </strong>
                ) : (
                  <strong>✓ {t(M.consentActive)}</strong>
                )}
              </span>
              {canChange && !c.withdrawn_on ? (
                <button type="button" className="btn btn-small" onClick={() => setWithdrawing(c)}>
                  {t(M.withdraw)}
                  <span className="visually-hidden"> {c.document_ref}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <p>
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            + {t(M.addConsent)}
          </button>
        </p>
      ) : null}
      {isAdding ? (
        <Sheet title={t(M.addConsent)} onClose={() => setAdding(false)}>
          <form onSubmit={onAdd} noValidate className="stack">
            {add.error ? (
              <p className="alert" role="alert">
                {add.error}
              </p>
            ) : null}
            <Field name="purpose" label={t(M.purpose)} error={add.errors.purpose}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={add.values.purpose}
                  onChange={add.set('purpose')}
                />
              )}
            </Field>
            <Field
              name="consentedOn"
              label={t(M.consentedOn)}
              hint={t(M.dateHint)}
              error={add.errors.consentedOn}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={add.values.consentedOn}
                  onChange={add.set('consentedOn')}
                />
              )}
            </Field>
            <Field name="documentRef" label={t(M.documentRef)} error={add.errors.documentRef}>
              {(p) => (
                <input {...p} value={add.values.documentRef} onChange={add.set('documentRef')} />
              )}
            </Field>
            <div className="actions">
              <button type="submit" className="btn btn-primary" disabled={record.isPending}>
                {t('save')}
              </button>
            </div>
          </form>
        </Sheet>
      ) : null}
      {withdrawing ? (
        <Sheet title={t(M.withdraw)} onClose={() => setWithdrawing(null)}>
          <form onSubmit={onWithdraw} noValidate className="stack">
            <p className="small">
              {formatDate(withdrawing.consented_on)} — {withdrawing.document_ref}
            </p>
            {out.error ? (
              <p className="alert" role="alert">
                {out.error}
              </p>
            ) : null}
            <Field
              name="withdrawnOn"
              label={t(M.withdrawnOn)}
              hint={t(M.dateHint)}
              error={out.errors.withdrawnOn}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={out.values.withdrawnOn}
                  onChange={out.set('withdrawnOn')}
                />
              )}
            </Field>
            <div className="actions">
              <button type="submit" className="btn btn-primary" disabled={withdraw.isPending}>
                {t(M.withdraw)}
              </button>
            </div>
          </form>
        </Sheet>
      ) : null}
    </section>
  );
}
