// Consent to process the ambassador's personal data, kept provable: purpose, date and the
// signed document's reference; withdrawal is dated, never deleted.
import { useState } from 'react';
import { Sheet } from '../../components/sheet';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { AddConsentForm, WithdrawConsentForm } from './consent-forms';

type Consent = AmbassadorDetail['consents'][number];

export function Consents({
  ambassador: a,
  canChange,
}: {
  ambassador: AmbassadorDetail;
  canChange: boolean;
}) {
  const { t } = useLang();
  const [isAdding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);

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
          <AddConsentForm ambassadorId={a.id} onDone={() => setAdding(false)} />
        </Sheet>
      ) : null}
      {withdrawing ? (
        <Sheet title={t(M.withdraw)} onClose={() => setWithdrawing(null)}>
          <p className="small">
            {formatDate(withdrawing.consented_on)} — {withdrawing.document_ref}
          </p>
          <WithdrawConsentForm consentId={withdrawing.id} onDone={() => setWithdrawing(null)} />
        </Sheet>
      ) : null}
    </section>
  );
}
