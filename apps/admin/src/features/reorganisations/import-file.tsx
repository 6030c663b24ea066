// Importing an official list (CSV or Excel): the file is read on the server; every bad row
// comes back with its row, column and reason, and no draft is offered until all are sound.
// The file goes as the body of its own upload route (a real list runs to a few MB, beyond
// tRPC's body limit), with the same session and CSRF header as every other upload.
import type { ReorganisationInput } from '@lantoa/domain';
import { useId, useState } from 'react';
import { apiUrl, CSRF_HEADERS } from '../../lib/api';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the upload route answers: the draft, every bad row, or a refusal's message. */
async function upload(file: File, query: Record<string, string>, lang: string) {
  const response = await fetch(apiUrl(`/imports/reorganisation?${new URLSearchParams(query)}`), {
    method: 'POST',
    headers: {
      ...CSRF_HEADERS,
      'content-type': /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv',
      'accept-language': lang,
    },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    | ImportResult
    | { error?: { message?: string } }
    | null;
  if (response.ok) return body as ImportResult;
  const message = body && 'error' in body ? body.error?.message : undefined;
  throw new Error(message ?? String(response.status));
}

export function ImportFile({ effectiveOn, title, onDraft }: ImportFileProps) {
  const { t, lang } = useLang();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isReading, setReading] = useState(false);
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
    setReading(true);
    try {
      const answer = await upload(
        file,
        { effectiveOn, title: title.trim(), fileName: file.name },
        lang,
      );
      setResult(answer);
      if (answer.ok) onDraft(answer.reorganisation);
    } catch (err) {
      setError(
        err instanceof Error && !/^\d+$/.test(err.message)
          ? err.message
          : t({
              vi: 'Không đọc được tệp. Hãy thử lại.',
              en: 'The file could not be read. Try again.',
            }),
      );
    } finally {
      setReading(false);
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
      <button type="button" className="btn" onClick={onImport} disabled={isReading}>
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
