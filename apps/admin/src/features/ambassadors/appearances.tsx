// Where the ambassador appeared for the Society: date, event, kind and reach; the province
// board adds new ones.
import { useState } from 'react';
import { Sheet } from '../../components/sheet';
import { formatCount, formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { AppearanceForm } from './appearance-form';

export function Appearances({
  ambassador: a,
  canAdd,
}: {
  ambassador: AmbassadorDetail;
  canAdd: boolean;
}) {
  const { t, lang } = useLang();
  const [isOpen, setOpen] = useState(false);

  return (
    <section aria-labelledby="appearances-title" className="card">
      <h2 id="appearances-title">{t(M.appearances)}</h2>
      {a.appearances.length === 0 ? (
        <p className="muted small">{t(M.none)}</p>
      ) : (
        <ul className="history">
          {a.appearances.map((p) => (
            <li key={p.id}>
              {formatDate(p.appeared_on)} — {p.event || '—'} ({p.kind}) ·{' '}
              {formatCount(p.reach, lang)} {t(M.reach).toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <p>
          <button type="button" className="btn" onClick={() => setOpen(true)}>
            + {t(M.addAppearance)}
          </button>
        </p>
      ) : null}
      {isOpen ? (
        <Sheet title={t(M.addAppearance)} onClose={() => setOpen(false)}>
          <AppearanceForm ambassadorId={a.id} onDone={() => setOpen(false)} />
        </Sheet>
      ) : null}
    </section>
  );
}
