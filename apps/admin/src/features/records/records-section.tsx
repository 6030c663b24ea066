// "Hồ sơ": a unit's records by kind (the facts its indicators are evaluated from), with
// add, edit and delete for those who may write the unit's data; read-only for the rest.
// Records added or edited offline show as waiting until the phone's queue sends them.
import type { RecordKind } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useAsOf } from '../../components/as-of-control';
import { LoadMore } from '../../components/load-more';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { FormAlert } from '../../lib/forms/form-alert';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { ExportLinks } from '../exports/export-links';
import { useQueue } from '../offline/use-queue';
import { withPending } from './pending-records';
import { PublicationFilesSheet } from './publication-files-sheet';
import type { RecordRow } from './record-form';
import { RecordItem } from './record-item';
import {
  RECORD_KIND_INDICATORS,
  RECORD_KIND_LABELS,
  RECORD_KIND_ORDER,
  recordSummary,
} from './record-kinds';
import { useMoreRecords } from './use-more-records';

// The forms load when opened (see components/sheet.tsx), not with the unit page.
const RecordForm = lazy(() => import('./record-form').then((m) => ({ default: m.RecordForm })));
const DeleteRecordSheet = lazy(() =>
  import('./delete-record-sheet').then((m) => ({ default: m.DeleteRecordSheet })),
);

interface Editing {
  kind: RecordKind;
  record: RecordRow | null;
}

export function RecordsSection({ unitId, canEdit }: { unitId: string; canEdit: boolean }) {
  const { t, lang } = useLang();
  // "Xem theo ngày": only the records that had happened by the day chosen.
  const asOf = useAsOf();
  const { data: records } = useSuspenseQuery(trpc.records.ofUnit.queryOptions({ unitId, asOf }));
  const more = useMoreRecords(unitId, asOf, records);
  const queue = useQueue();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Editing | null>(null);
  const [filesOf, setFilesOf] = useState<RecordRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A participation comes with its campaign's title (decision 33).
  const line = (kind: RecordKind, row: RecordRow) => {
    const text = recordSummary(kind, row, lang);
    return kind === 'campaign_participation'
      ? `${String(row.campaignTitle ?? '')} — ${text}`
      : text;
  };

  return (
    <section aria-labelledby="records-title" className="card">
      <h2 id="records-title">{t(M.records)}</h2>
      <p className="muted small">{t(M.recordsLead)}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {RECORD_KIND_ORDER.map((kind) => {
        // Offline changes still waiting show on top of what the server sent (decision 34).
        const rows = withPending(kind, unitId, more.rowsOf(kind), queue);
        const headingId = `records-${kind}`;
        return (
          <section key={kind} aria-labelledby={headingId} className="record-kind">
            <div className="record-kind-head">
              <h3 id={headingId}>
                {t(RECORD_KIND_LABELS[kind])}{' '}
                <span className="muted small">({RECORD_KIND_INDICATORS[kind]})</span>
              </h3>
              {rows.length > 0 ? (
                <ExportLinks
                  kind="records"
                  params={{ rootId: unitId, recordKind: kind }}
                  what={RECORD_KIND_LABELS[kind]}
                />
              ) : null}
              {canEdit ? (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    setNotice(null);
                    setEditing({ kind, record: null });
                  }}
                >
                  + {t(M.addRecord)}
                  <span className="visually-hidden"> {t(RECORD_KIND_LABELS[kind])}</span>
                </button>
              ) : null}
            </div>
            {rows.length === 0 ? (
              <p className="muted small">{t(M.none)}</p>
            ) : (
              <ul className="record-list">
                {rows.map((row) => (
                  <RecordItem
                    key={row.id}
                    row={row}
                    line={line(kind, row)}
                    isPublication={kind === 'publication'}
                    canEdit={canEdit}
                    onFiles={() => setFilesOf(row)}
                    onEdit={() => {
                      setNotice(null);
                      setEditing({ kind, record: row });
                    }}
                    onDelete={() => setDeleting({ kind, record: row })}
                  />
                ))}
              </ul>
            )}
            {more.hasMore(kind) ? (
              <LoadMore
                shown={rows.length}
                hasMore
                isLoading={more.isLoading(kind)}
                onLoadMore={() => more.loadMore(kind)}
                what={RECORD_KIND_LABELS[kind]}
              />
            ) : null}
            <FormAlert
              message={more.errorOf(kind) ? errorMessage(more.errorOf(kind), lang) : null}
            />
          </section>
        );
      })}
      {editing ? (
        <Sheet
          title={`${t(editing.record ? M.edit : M.addRecord)}: ${t(RECORD_KIND_LABELS[editing.kind])}`}
          onClose={() => setEditing(null)}
        >
          <RecordForm
            kind={editing.kind}
            unitId={unitId}
            record={editing.record}
            onDone={(message) => {
              setEditing(null);
              setNotice(message);
            }}
          />
        </Sheet>
      ) : null}
      {filesOf ? (
        <PublicationFilesSheet
          row={filesOf}
          unitId={unitId}
          title={line('publication', filesOf)}
          canUpload={canEdit}
          onVersion={(version) => setFilesOf((row) => (row ? { ...row, version } : row))}
          onClose={() => setFilesOf(null)}
        />
      ) : null}
      {deleting?.record ? (
        <Suspense fallback={null}>
          <DeleteRecordSheet
            kind={deleting.kind}
            record={deleting.record}
            unitId={unitId}
            line={line(deleting.kind, deleting.record)}
            onClose={(message) => {
              setDeleting(null);
              if (message) setNotice(message);
            }}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
