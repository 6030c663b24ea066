// The last column of the pledge and registration tables: export one person's data as JSON
// (a subject access request) and erase it, each only where the caller passes it (the policy
// decides); `useDataExport` fetches fresh and shows a failure above the table.
import { useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { EraseButton } from './erase-button';
import { downloadJson, G } from './giving-words';

export function PersonalDataActions(props: {
  /** How the buttons name the person to a screen reader. */
  who: string;
  onExport?: (() => void) | undefined;
  onErase?: (() => Promise<unknown>) | undefined;
}) {
  const { t } = useLang();
  return (
    <div className="actions">
      {props.onExport ? (
        <button type="button" className="btn btn-small" onClick={props.onExport}>
          ⤓ {t(G.exportData)}
          <span className="visually-hidden">: {props.who}</span>
        </button>
      ) : null}
      {props.onErase ? <EraseButton who={props.who} onErase={props.onErase} /> : null}
    </div>
  );
}

/** Downloads what `read` fetches as `fileName`; a failure is kept for the alert. */
export function useDataExport() {
  const { lang } = useLang();
  const [error, setError] = useState<string | null>(null);
  async function download(read: () => Promise<unknown>, fileName: string) {
    setError(null);
    try {
      downloadJson(await read(), fileName);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }
  return { error, download };
}
