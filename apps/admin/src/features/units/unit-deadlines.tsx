// The plan's reporting deadlines this unit owes (its own plan, each year's report) and
// whether it sent them. Marking one as sent is what takes it off the overdue lists.
import { lazy, useState } from 'react';
import { Sheet } from '../../components/sheet';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { UnitDetail } from '../../lib/types';

// Loaded when its sheet opens (see components/sheet.tsx), not with the unit page.
const DeadlineForm = lazy(() =>
  import('./deadline-form').then((m) => ({ default: m.DeadlineForm })),
);

export type UnitDeadline = UnitDetail['deadlines'][number];

const SENT = { vi: 'Đã gửi ngày', en: 'Sent on' };
const NOT_SENT = { vi: 'Chưa ghi nhận đã gửi', en: 'Not recorded as sent' };
const MARK_SENT = { vi: 'Ghi nhận đã gửi', en: 'Record as sent' };
const EDIT_SENT = { vi: 'Sửa thông tin đã gửi', en: 'Edit what was sent' };
const TITLE = { vi: 'Hạn báo cáo của đơn vị', en: 'The unit’s reporting deadlines' };

interface UnitDeadlinesProps {
  unitId: string;
  deadlines: UnitDeadline[];
  canEdit: boolean;
  onDone: (message: string) => void;
}

export function UnitDeadlines({ unitId, deadlines, canEdit, onDone }: UnitDeadlinesProps) {
  const { t } = useLang();
  const [editing, setEditing] = useState<UnitDeadline | null>(null);
  if (deadlines.length === 0) return null;
  return (
    <section aria-labelledby="unit-deadlines-title" className="card">
      <h2 id="unit-deadlines-title">{t(TITLE)}</h2>
      <ul className="link-list">
        {deadlines.map((d) => (
          <li key={d.id}>
            <p>
              {t(d.label)} <span className="muted small">· {d.clause}</span>
            </p>
            <p className="small">
              {t({ vi: 'Hạn', en: 'Due' })} {formatDate(d.due)} ·{' '}
              {d.submission ? (
                <strong>
                  {t(SENT)} {formatDate(d.submission.submittedOn)}
                </strong>
              ) : (
                t(NOT_SENT)
              )}
              {d.submission?.link ? (
                <>
                  {' · '}
                  <a href={d.submission.link} target="_blank" rel="noreferrer noopener">
                    {t({ vi: 'Văn bản', en: 'Document' })}
                  </a>
                </>
              ) : null}
            </p>
            {canEdit ? (
              <button type="button" className="btn" onClick={() => setEditing(d)}>
                {t(d.submission ? EDIT_SENT : MARK_SENT)}{' '}
                <span className="visually-hidden">{t(d.label)}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editing ? (
        <Sheet title={t(editing.label)} onClose={() => setEditing(null)}>
          <DeadlineForm
            unitId={unitId}
            deadline={editing}
            onDone={(message) => {
              setEditing(null);
              onDone(message);
            }}
          />
        </Sheet>
      ) : null}
    </section>
  );
}
