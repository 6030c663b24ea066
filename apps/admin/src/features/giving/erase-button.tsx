// Erase a giver's or registrant's personal data (Law 91/2025/QH15), after the person typing
// XÓA: the same confirmation as an ambassador's erasure. Shown only to roles the policy
// allows (the caller decides); the server checks again.
import { useState } from 'react';
import { Sheet } from '../../components/sheet';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { G } from './giving-words';

const CONFIRM_WORD = 'XÓA';

export function EraseButton({ who, onErase }: { who: string; onErase: () => Promise<unknown> }) {
  const { t, lang } = useLang();
  const [isOpen, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const typedLabel =
    lang === 'vi' ? `Gõ ${CONFIRM_WORD} để xác nhận` : `Type ${CONFIRM_WORD} to confirm`;
  return (
    <>
      <button type="button" className="btn btn-danger btn-small" onClick={() => setOpen(true)}>
        {t(G.erase)}
        <span className="visually-hidden">: {who}</span>
      </button>
      {isOpen ? (
        <Sheet title={t(G.erase)} onClose={() => setOpen(false)}>
          <div className="stack">
            <p>{t(G.eraseConfirm)}</p>
            {error ? (
              <p className="alert" role="alert">
                {error}
              </p>
            ) : null}
            <label className="field">
              <span>{typedLabel}</span>
              <input value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
            </label>
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={typed.trim().toUpperCase() !== CONFIRM_WORD || isBusy}
                onClick={async () => {
                  setBusy(true);
                  try {
                    await onErase();
                    setOpen(false);
                  } catch (err) {
                    setError(errorMessage(err, lang));
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {t(G.erase)}
              </button>
              <button type="button" className="btn" onClick={() => setOpen(false)}>
                {t(G.cancel)}
              </button>
            </div>
          </div>
        </Sheet>
      ) : null}
    </>
  );
}
