// What a unit's page says of the reorganisations around it: a closed unit's fate (merged
// into a successor, split among several, or dissolved), its successors linked, and the
// units it was formed from, linked, so a reader can follow the history both ways. The
// wording is the domain's, as on the badge.
import { closureMessage } from '@lantoa/domain';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';

interface Named {
  id: string;
  code: string;
  name: string;
}

export interface UnitContinuityProps {
  closure:
    | { closedOn: string; successor: Named | null; successors?: Named[] | undefined }
    | null
    | undefined;
  predecessors: (Named & { closedOn: string })[] | undefined;
}

function ClosureNotice({ closure }: { closure: NonNullable<UnitContinuityProps['closure']> }) {
  const { t } = useLang();
  const text = t(closureMessage(closure));
  const { successor, successors = [] } = closure;
  const at = successor ? text.indexOf(successor.name) : -1;
  if (!successor || at < 0) return <p className="notice closure">{text}</p>;
  // The successor's name, inside the sentence, is the link to its page; a split lists all.
  return (
    <div className="notice closure">
      <p>
        {text.slice(0, at)}
        <Link to="/units/$unitId" params={{ unitId: successor.id }}>
          {successor.name}
        </Link>
        {text.slice(at + successor.name.length)}
      </p>
      {successors.length > 1 ? (
        <>
          <p className="small">
            {t({ vi: 'Chuyển giao cho các đơn vị:', en: 'Handed over to these units:' })}
          </p>
          <ul className="link-list">
            {successors.map((s) => (
              <li key={s.id}>
                <Link to="/units/$unitId" params={{ unitId: s.id }}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function UnitContinuity({ closure, predecessors = [] }: UnitContinuityProps) {
  const { t } = useLang();
  return (
    <>
      {closure ? <ClosureNotice closure={closure} /> : null}
      {predecessors.length > 0 ? (
        <section aria-labelledby="predecessors-title" className="card">
          <h2 id="predecessors-title">{t({ vi: 'Đơn vị tiền thân', en: 'Predecessor units' })}</h2>
          <ul className="link-list">
            {predecessors.map((p) => (
              <li key={p.id}>
                <Link to="/units/$unitId" params={{ unitId: p.id }}>
                  {p.name}
                </Link>{' '}
                <span className="muted small">
                  {t({
                    vi: `từ ${formatDate(p.closedOn)}`,
                    en: `on ${formatDate(p.closedOn)}`,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
