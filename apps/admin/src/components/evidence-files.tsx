// Files on a saved report (evidence) or publication (the archive): pick a file (type and
// size checked here first, the server checks again by content), watch it upload,
// download or remove what is attached. Each change bumps the owner's version; the caller carries on
// with the new one.
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { trpc } from '../lib/api';
import { useLang } from '../lib/i18n';
import { M } from '../lib/screen-messages';
import type { ReportFile } from '../lib/types';
import {
  FILE_ACCEPT,
  fileType,
  fileUrl,
  formatBytes,
  MAX_FILE_BYTES,
  removeFile,
  UploadError,
  type UploadTarget,
  uploadFile,
} from '../lib/upload';

interface EvidenceFilesProps {
  target: Omit<UploadTarget, 'version'>;
  /** Defaults to "evidence files". */
  legend?: string;
  version: number;
  files: ReportFile[];
  canUpload: boolean;
  onVersion: (version: number) => void;
  /** An upload that got no answer at all: the owner may keep the file for later (a
   *  publication's files wait in the phone's queue, decision 34); true when it did, and
   *  no error shows. */
  onUnreachable?: (file: File) => Promise<boolean>;
}

export function EvidenceFiles({
  target,
  legend,
  version,
  files,
  canUpload,
  onVersion,
  onUnreachable,
}: EvidenceFilesProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [list, setList] = useState(files);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function onRemove(fileId: string, fileName: string) {
    setError(null);
    setStatus(null);
    try {
      onVersion(await removeFile(target.kind, fileId, version));
      setList((old) => old.filter((f) => f.id !== fileId));
      setStatus(`${t(M.fileRemoved)}: ${fileName}`);
      await queryClient.invalidateQueries({
        queryKey: target.kind === 'reports' ? trpc.compliance.pathKey() : trpc.records.pathKey(),
      });
    } catch (err) {
      const current = err instanceof UploadError ? err.details?.current : undefined;
      if (current && typeof (current as { version?: unknown }).version === 'number')
        onVersion((current as { version: number }).version);
      setError(err instanceof Error && err.message ? err.message : t(M.fileRemoveFailed));
    }
  }

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setStatus(null);
    if (!fileType(file)) return setError(t(M.fileWrongType));
    if (file.size > MAX_FILE_BYTES) return setError(t(M.fileTooBig));
    setProgress(0);
    try {
      const done = await uploadFile({ ...target, version }, file, setProgress);
      setList((old) => [...old, done.file]);
      onVersion(done.version);
      setStatus(`${t(M.uploaded)}: ${done.file.fileName}`);
      await queryClient.invalidateQueries({
        queryKey: target.kind === 'reports' ? trpc.compliance.pathKey() : trpc.records.pathKey(),
      });
    } catch (err) {
      const isUnanswered = err instanceof UploadError && err.status === 0;
      if (isUnanswered && (await onUnreachable?.(file))) return;
      const current = err instanceof UploadError ? err.details?.current : undefined;
      if (current && typeof (current as { version?: unknown }).version === 'number')
        onVersion((current as { version: number }).version);
      const message = err instanceof Error ? err.message : '';
      setError(
        message ||
          (lang === 'vi'
            ? 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'
            : 'Could not reach the server.'),
      );
    } finally {
      setProgress(null);
      input.value = '';
    }
  }

  return (
    <fieldset className="links files">
      <legend>{legend ?? t(M.files)}</legend>
      {list.length > 0 ? (
        <ul className="evidence">
          {list.map((f) => (
            <li key={f.id}>
              <a href={fileUrl(f.id, target.kind)} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span className="muted">({formatBytes(f.sizeBytes)})</span>
              {canUpload ? (
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  disabled={progress !== null}
                  onClick={() => onRemove(f.id, f.fileName)}
                >
                  {t(M.removeFile)}
                  <span className="visually-hidden"> {f.fileName}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canUpload ? (
        <div className="field">
          <label htmlFor={inputId}>{t(M.attachFile)}</label>
          <input
            id={inputId}
            type="file"
            className="file-input"
            accept={FILE_ACCEPT}
            disabled={progress !== null}
            aria-describedby={`${inputId}-hint`}
            onChange={onPick}
          />
          <p id={`${inputId}-hint`} className="field-hint">
            {t(M.filesHint)}
          </p>
        </div>
      ) : null}
      {progress !== null ? (
        <p role="status" className="small">
          {t(M.uploading)}…{' '}
          <progress max={1} value={progress} aria-label={t(M.uploading)}>
            {Math.round(progress * 100)}%
          </progress>
        </p>
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
    </fieldset>
  );
}
