// Importing an official list (CSV or Excel): the file is read on the server; every bad row
// comes back with its row, column and reason, and no draft is offered until all are sound.
import type { ReorganisationInput } from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';

type ImportResult = RouterOutputs['reorganisations']['importFile'];

const COLUMN_LABELS = {
  oldCode: { vi: 'Mã cũ', en: 'Old code' },
  newCode: { vi: 'Mã mới', en: 'New code' },
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Cấp', en: 'Kind' },
  parent: { vi: 'Cấp trên', en: 'Parent' },
} as const;

interface ImportFileProps {
  effectiveOn: string | undefined;
  title: string;
  onDraft: (draft: ReorganisationInput) => void;
}

async function toBase64(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

export function ImportFile({ effectiveOn, title, onDraft }: ImportFileProps) {
  const { t, lang } = useLang();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = useMutation(trpc.reorganisations.importFile.mutationOptions());
  async function onImport() {
    setError(null);
    setResult(null);
    if (!file || !effectiveOn || !title.trim()) {
      setError(
        t({
          vi: 'Hãy nhập tiêu đề, ngày hiệu lực và chọn tệp trước.',
          en: 'Enter a title and an effective date, and choose a file first.',
        }),
      );
      return;
    }
    try {
      const answer = await read.mutateAsync({
        effectiveOn,
        title: title.trim(),
        fileName: file.name,
        contentBase64: await toBase64(file),
      });
      setResult(answer);
      if (answer.ok) onDraft(answer.reorganisation);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }
  return (
    <fieldset className="card">
      <legend>
        {t({
          vi: 'Nhập từ tệp danh sách (CSV, Excel)',
          en: 'Import an official list (CSV, Excel)',
        })}
      </legend>
      <p className="muted small">
        {t({
          vi: 'Các cột: mã cũ, mã mới, tên, cấp, cấp trên.',
          en: 'Columns: old code, new code, name, kind, parent.',
        })}
      </p>
      <div className="field">
        <label htmlFor={id}>{t({ vi: 'Tệp danh sách', en: 'List file' })}</label>
        <input
          id={id}
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <button type="button" className="btn" onClick={onImport} disabled={read.isPending}>
        {t({ vi: 'Đọc tệp', en: 'Read the file' })}
      </button>
      <div aria-live="polite">
        {error ? <p className="alert">{error}</p> : null}
        {result?.ok ? (
          <p className="notice">
            {t({
              vi: `Đã đọc tệp: ${result.reorganisation.steps.length} bước. Hãy xem trước rồi áp dụng.`,
              en: `File read: ${result.reorganisation.steps.length} steps. Preview, then apply.`,
            })}
          </p>
        ) : null}
        {result && !result.ok ? (
          <div className="alert" role="alert">
            <p>
              {t({
                vi: `Tệp có ${result.errors.length} lỗi; chưa áp dụng gì.`,
                en: `The file has ${result.errors.length} errors; nothing was applied.`,
              })}
            </p>
            <div className="table-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t({ vi: 'Dòng', en: 'Row' })}</th>
                    <th scope="col">{t({ vi: 'Cột', en: 'Column' })}</th>
                    <th scope="col">{t({ vi: 'Lý do', en: 'Reason' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e, i) => (
                    <tr key={`${e.row}-${i.toString()}`}>
                      <td>{e.row}</td>
                      <td>{e.column ? t(COLUMN_LABELS[e.column]) : '—'}</td>
                      <td>{t(e.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
