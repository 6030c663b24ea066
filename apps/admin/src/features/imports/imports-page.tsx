// Import from Excel (administrators): pick what to import, download its template, then
// check the filled-in file (dry run) and import it. Every bad cell is listed with its row,
// column and reason; nothing is stored unless the whole file is valid (decision 22).
import { type Bilingual, can } from '@lantoa/domain';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { apiUrl, CSRF_HEADERS } from '../../lib/api';
import { useLang } from '../../lib/i18n';

const appRoute = getRouteApi('/_app');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = {
  training_course: { vi: 'Lớp tập huấn', en: 'Training courses' },
  communication_staff: { vi: 'Cán bộ truyền thông', en: 'Communication staff' },
  facebook_page: { vi: 'Trang Facebook', en: 'Facebook pages' },
} satisfies Record<string, Bilingual>;
type Kind = keyof typeof KINDS;

interface ImportAnswer {
  isDryRun: boolean;
  rowCount: number;
  imported: number;
  errors: { row: number; column: string; reason: Bilingual }[];
}

const W = {
  title: { vi: 'Nhập từ Excel', en: 'Import from Excel' },
  lead: {
    vi: 'Tải tệp mẫu, điền dữ liệu từ dòng 3, kiểm tra rồi nhập. Chỉ nhập khi mọi dòng đều hợp lệ.',
    en: 'Download the template, fill it in from row 3, check it, then import. Nothing is stored unless every row is valid.',
  },
  what: { vi: 'Dữ liệu nhập', en: 'What to import' },
  template: { vi: 'Tải tệp mẫu', en: 'Download the template' },
  file: { vi: 'Tệp Excel (.xlsx)', en: 'Excel file (.xlsx)' },
  check: { vi: 'Kiểm tra', en: 'Check' },
  run: { vi: 'Nhập dữ liệu', en: 'Import' },
  ok: { vi: 'dòng hợp lệ, chưa lưu.', en: 'rows valid, nothing stored yet.' },
  done: { vi: 'dòng đã được nhập.', en: 'rows imported.' },
  bad: { vi: 'Tệp có lỗi, chưa lưu dòng nào:', en: 'The file has errors; nothing was stored:' },
  row: { vi: 'Dòng', en: 'Row' },
  column: { vi: 'Cột', en: 'Column' },
  reason: { vi: 'Lý do', en: 'Reason' },
  failed: {
    vi: 'Không gửi được tệp. Vui lòng thử lại.',
    en: 'Could not send the file. Please try again.',
  },
} satisfies Record<string, Bilingual>;

export function ImportsPage() {
  const { t, lang } = useLang();
  const { user } = appRoute.useRouteContext();
  const [kind, setKind] = useState<Kind>('training_course');
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (!can({ role: user.role, action: 'data.import' })) return <Navigate to="/" />;

  async function send(isDryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(apiUrl(`/imports/${kind}?dryRun=${isDryRun ? 1 : 0}`), {
        method: 'POST',
        headers: { ...CSRF_HEADERS, 'content-type': XLSX, 'accept-language': lang },
        body: file,
      });
      if (!response.ok) throw new Error(String(response.status));
      setAnswer((await response.json()) as ImportAnswer);
    } catch {
      setError(t(W.failed));
    } finally {
      setBusy(false);
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <>
      <h1>{t(W.title)}</h1>
      <p className="muted">{t(W.lead)}</p>
      <form className="stack card" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="import-kind">{t(W.what)}</label>
          <select
            id="import-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setAnswer(null);
            }}
          >
            {(Object.keys(KINDS) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {t(KINDS[k])}
              </option>
            ))}
          </select>
        </div>
        <p>
          <a
            className="btn btn-small"
            href={`/exports/templates/${kind}.xlsx?lang=${lang}`}
            download
          >
            {t(W.template)}
          </a>
        </p>
        <div className="field">
          <label htmlFor="import-file">{t(W.file)}</label>
          <input
            id="import-file"
            type="file"
            accept={`${XLSX},.xlsx`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setAnswer(null);
            }}
          />
        </div>
        <p className="actions">
          <button type="submit" className="btn" disabled={!file || isBusy}>
            {t(W.check)}
          </button>{' '}
          <button
            type="button"
            className="btn btn-primary"
            disabled={!file || isBusy || !answer?.isDryRun || answer.errors.length > 0}
            onClick={() => void send(false)}
          >
            {t(W.run)}
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {answer && answer.errors.length === 0 ? (
          <p className="notice" role="status">
            {answer.isDryRun ? `${answer.rowCount} ${t(W.ok)}` : `${answer.imported} ${t(W.done)}`}
          </p>
        ) : null}
        {answer && answer.errors.length > 0 ? (
          <section className="card">
            <p className="alert" role="alert">
              {t(W.bad)}
            </p>
            <div className="table-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t(W.row)}</th>
                    <th scope="col">{t(W.column)}</th>
                    <th scope="col">{t(W.reason)}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.errors.map((e) => (
                    <tr key={`${e.row}-${e.column}`}>
                      <td>{e.row || '—'}</td>
                      <td>{e.column || '—'}</td>
                      <td>{t(e.reason)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
