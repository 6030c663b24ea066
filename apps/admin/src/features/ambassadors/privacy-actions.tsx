// The data subject's rights, for the province board: export every piece of personal data
// held about the ambassador (JSON), and — administrators only — erase it after a confirmation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';

const CONFIRM_WORD = 'XÓA';

function downloadJson(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
  ambassador: AmbassadorDetail;
  isAdmin: boolean;
  onErased: () => void;
}

export function PrivacyActions({ ambassador: a, isAdmin, onErased }: Props) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const confirmId = useId();
  const [isConfirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const erase = useMutation(
    trpc.ambassadors.erase.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() }),
    }),
  );

  async function onExport() {
    setError(null);
    try {
      const data = await queryClient.fetchQuery({
        ...trpc.ambassadors.exportData.queryOptions({ id: a.id }),
        staleTime: 0,
      });
      downloadJson(data, `dai-su-${a.id}.json`);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }

  return (
    <section aria-labelledby="privacy-title" className="card">
      <h2 id="privacy-title">{t(M.personalData)}</h2>
      <p className="small muted">{t(M.exportHint)}</p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={onExport}>
          ⤓ {t(M.exportData)}
        </button>
        {isAdmin && !a.isErased ? (
          <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
            {t(M.erase)}
          </button>
        ) : null}
      </div>
      {isConfirming ? (
        <Sheet title={t(M.erase)} onClose={() => setConfirming(false)}>
          <div className="stack">
            <p>{t(M.eraseConfirm)}</p>
            {erase.isError ? (
              <p className="alert" role="alert">
                {errorMessage(erase.error, lang)}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor={confirmId}>{t(M.eraseTyped)}</label>
              <input
                id={confirmId}
                value={typed}
                autoComplete="off"
                onChange={(e) => setTyped(e.target.value)}
              />
            </div>
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={typed.trim().toUpperCase() !== CONFIRM_WORD || erase.isPending}
                onClick={() =>
                  erase.mutate(
                    { id: a.id },
                    {
                      onSuccess: () => {
                        setConfirming(false);
                        onErased();
                      },
                    },
                  )
                }
              >
                {t(M.erase)}
              </button>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        </Sheet>
      ) : null}
    </section>
  );
}
