// A publication's files added with no network, or while the publication itself still waits
// in the phone's queue: each file is kept in the queue at once and goes to the server after
// the record (decision 34). Photos are shrunk and lose their location first, exactly as a
// report's (offline/photo.ts); a PDF or an office file is kept as picked, within the limits.
import { useId, useState } from 'react';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { FILE_ACCEPT, fileType, formatBytes, MAX_FILE_BYTES } from '../../lib/upload';
import { O } from '../offline/offline-messages';
import { photosOf, type QueuedPhoto, targetOf } from '../offline/queue-types';
import { useQueue } from '../offline/use-queue';
import type { RecordRow } from './record-form';
import { keepFilesForLater } from './record-offline';

/** The file as it will wait (a photo made small, anything else as it is), or why not. */
async function toQueued(file: File): Promise<QueuedPhoto | string> {
  const type = fileType(file);
  if (!type) return 'fileWrongType';
  if (type.startsWith('image/')) return (await import('../offline/photo')).preparePhoto(file);
  if (file.size > MAX_FILE_BYTES) return 'fileTooBig';
  return { name: file.name, type, blob: file };
}

interface QueueFor {
  row: RecordRow;
  unitId: string;
  /** How the queue names the change to the cadre. */
  label: string;
}

/** Keeps picked files in the queue for the record: the words' key of what went wrong, or
 *  null when they wait. */
export async function queueFiles(picked: File[], { row, unitId, label }: QueueFor) {
  const prepared = await Promise.all(picked.map(toQueued));
  const refused = prepared.find((p): p is 'fileWrongType' | 'fileTooBig' => typeof p === 'string');
  if (refused) return M[refused];
  const target = { kind: 'publication' as const, unitId, id: row.id, version: row.version };
  const isKept = await keepFilesForLater(target, prepared as QueuedPhoto[], label);
  return isKept ? null : O.network;
}

interface OfflineRecordFilesProps extends QueueFor {
  /** What the sheet already says (a file kept after an upload that got no answer). */
  initialStatus?: string | null;
}

export function OfflineRecordFiles({ initialStatus = null, ...to }: OfflineRecordFilesProps) {
  const { row } = to;
  const { t } = useLang();
  const inputId = useId();
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(initialStatus);
  const [error, setError] = useState<string | null>(null);
  const waiting = useQueue()
    .filter((c) => c.kind !== 'report.save' && targetOf(c.input) === targetOf({ id: row.id }))
    .flatMap(photosOf);

  async function onPick(input: HTMLInputElement) {
    const picked = [...(input.files ?? [])];
    if (picked.length === 0) return;
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      const failure = await queueFiles(picked, to);
      if (failure) setError(t(failure));
      else setStatus(t(O.filesOffline));
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <div className="field">
      <label htmlFor={inputId}>{t(O.addFilesOffline)}</label>
      <input
        id={inputId}
        type="file"
        className="file-input"
        accept={FILE_ACCEPT}
        multiple
        disabled={isBusy}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => void onPick(e.target)}
      />
      <p id={`${inputId}-hint`} className="field-hint">
        {t(M.filesHint)} {t(O.photoHint)}
      </p>
      {waiting.length > 0 ? (
        <ul aria-busy={isBusy} className="small">
          {waiting.map((file, i) => (
            // Files wait in order and never move: the position is their identity here.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              {file.name} · {formatBytes(file.blob.size)} · {t(O.pending)}
            </li>
          ))}
        </ul>
      ) : null}
      {status ? (
        <p role="status" className="small">
          ✓ {status}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
