// The audit events as a table: when, who, the action in words, the unit, and what changed
// (each changed field before → after, as the server masked it; units by name). On a phone
// the rows stack into cards, each cell under its column's words (data-label, styles.css):
// nothing scrolls sideways; from 48rem up it is a plain table.
import { AUDIT_FIELD_LABELS, auditActionLabel } from '@lantoa/domain';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';

interface AuditEvent {
  seq: number;
  at: string;
  action: string;
  actorName: string | null;
  unitName: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useLang();
  const head = {
    seq: '#',
    at: t({ vi: 'Thời điểm', en: 'When' }),
    actor: t({ vi: 'Người thực hiện', en: 'Actor' }),
    action: t({ vi: 'Thao tác', en: 'Action' }),
    unit: t('unit'),
    changes: t({ vi: 'Thay đổi (trước → sau)', en: 'Changes (before → after)' }),
  };
  const fieldName = (field: string) => {
    const words = AUDIT_FIELD_LABELS[field];
    return words ? t(words) : field;
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
    <section className="table-scroll audit-scroll" aria-label={t('navAudit')} tabIndex={0}>
      <table className="data audit-table">
        <thead>
          <tr>
            {Object.values(head).map((words) => (
              <th key={words} scope="col">
                {words}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td data-label={head.seq}>{e.seq}</td>
              <td data-label={head.at}>
                <time dateTime={e.at}>{formatInstant(e.at)}</time>
              </td>
              <td data-label={head.actor}>{e.actorName ?? '—'}</td>
              <td data-label={head.action}>
                {t(auditActionLabel(e.action))}
                <span className="muted small block">
                  <code>{e.action}</code>
                </span>
              </td>
              <td data-label={head.unit}>{e.unitName ?? '—'}</td>
              <td data-label={head.changes}>
                {e.changes.length === 0 ? (
                  '—'
                ) : (
                  <ul className="changes">
                    {e.changes.map((c) => (
                      <li key={c.field}>
                        <span className="change-field">{fieldName(c.field)}</span>:{' '}
                        <del>{c.before ?? '∅'}</del> → <ins>{c.after ?? '∅'}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
