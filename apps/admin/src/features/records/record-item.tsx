// One record in a unit's list: its line, "Chờ gửi" (or "Chờ xóa") while it waits in the
// phone's queue and how many files wait with it, and what the user may do with it (files of
// a publication, edit, delete). A record still waiting can be edited again, given files or
// deleted (a record made offline is then only taken back); one waiting to be deleted, not.
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { O } from '../offline/offline-messages';
import { filesOfRow } from './publication-files-sheet';
import type { RecordRow } from './record-form';

interface RecordItemProps {
  row: RecordRow;
  line: string;
  isPublication: boolean;
  canEdit: boolean;
  onFiles: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function RecordItem({ row, line, isPublication, canEdit, ...on }: RecordItemProps) {
  const { t } = useLang();
  const hidden = <span className="visually-hidden"> {line}</span>;
  const isDeleted = row.pending === 'delete';
  return (
    <li>
      <span className="record-line">{line}</span>
      {row.pending ? (
        <span className="badge state-due_soon">{t(isDeleted ? O.pendingDelete : O.pending)}</span>
      ) : null}
      {row.pendingFiles ? (
        <span className="badge state-due_soon">
          {row.pendingFiles} {t(O.queueFiles)}
        </span>
      ) : null}
      {(canEdit || isPublication) && !isDeleted ? (
        <span className="record-actions">
          {isPublication ? (
            <button type="button" className="btn btn-small" onClick={on.onFiles}>
              {t(M.archiveFiles)} ({filesOfRow(row).length}){hidden}
            </button>
          ) : null}
          {canEdit ? (
            <button type="button" className="btn btn-small" onClick={on.onEdit}>
              {t(M.edit)}
              {hidden}
            </button>
          ) : null}
          {canEdit ? (
            <button type="button" className="btn btn-small btn-danger" onClick={on.onDelete}>
              {t(M.delete)}
              {hidden}
            </button>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
