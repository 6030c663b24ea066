// Someone saved first (CONFLICT): the server's current version beside the user's, field by
// field, and the two ways out: send mine again on top of theirs, or take theirs. The heading
// takes focus so a keyboard user lands on it; the lead sentence is announced as an alert.
import { useEffect, useId, useRef } from 'react';
import { useLang } from '../i18n';
import { FORM_WORDS } from './form-words';

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

interface ConflictViewProps {
  rows: readonly ConflictRow[];
  /** Who changed it and when, if the row says. */
  note?: string | undefined;
  onApplyMine: () => void;
  /** Absent where the form cannot show the server's version (then: apply mine, or cancel). */
  onUseTheirs?: (() => void) | undefined;
}

export function ConflictView({ rows, note, onApplyMine, onUseTheirs }: ConflictViewProps) {
  const { t } = useLang();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="conflict" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {t('conflictTitle')}
      </h3>
      <p role="alert" className="small">
        {t(FORM_WORDS.conflictLead)}
        {note ? ` ${note}` : ''}
      </p>
      {rows.length ? (
        <div className="table-scroll">
          <table className="data conflict-table">
            <thead>
              <tr>
                <th scope="col">{t(FORM_WORDS.conflictField)}</th>
                <th scope="col">{t(FORM_WORDS.conflictTheirs)}</th>
                <th scope="col">{t(FORM_WORDS.conflictMine)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label} className={row.theirs === row.mine ? undefined : 'changed'}>
                  <th scope="row">{row.label}</th>
                  <td>{row.theirs || '—'}</td>
                  <td>{row.mine || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onApplyMine}>
          {t('conflictApply')}
        </button>
        {onUseTheirs ? (
          <button type="button" className="btn" onClick={onUseTheirs}>
            {t('conflictUseTheirs')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
