// The audit events as a table: when, who, the action in words, the unit, and what changed
// (each changed field before → after, as the server masked it).
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
  const fieldName = (field: string) => {
    const words = AUDIT_FIELD_LABELS[field];
    return words ? t(words) : field;
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
    <section className="table-scroll" aria-label={t('navAudit')} tabIndex={0}>
      <table className="data audit-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t({ vi: 'Thời điểm', en: 'When' })}</th>
            <th scope="col">{t({ vi: 'Người thực hiện', en: 'Actor' })}</th>
            <th scope="col">{t({ vi: 'Thao tác', en: 'Action' })}</th>
            <th scope="col">{t('unit')}</th>
            <th scope="col">
              {t({ vi: 'Thay đổi (trước → sau)', en: 'Changes (before → after)' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>
                <time dateTime={e.at}>{formatInstant(e.at)}</time>
              </td>
              <td>{e.actorName ?? '—'}</td>
              <td>
                {t(auditActionLabel(e.action))}
                <span className="muted small block">
                  <code>{e.action}</code>
                </span>
              </td>
              <td>{e.unitName ?? '—'}</td>
              <td>
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
