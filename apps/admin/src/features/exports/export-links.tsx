// "Tải Excel" / "Tải CSV" for the screen's own view: plain links to /exports, so the
// browser downloads with the session cookie and the server applies the screen's policy.
// The file speaks the interface's language.
import type { Bilingual, ExportKind } from '@lantoa/domain';
import { useLang } from '../../lib/i18n';

type Params = Record<string, string | number | undefined>;

export function exportUrl(kind: ExportKind, format: 'xlsx' | 'csv', params: Params, lang: string) {
  const query = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return `/exports/${kind}.${format}?${query}`;
}

const WORDS = {
  xlsx: { vi: 'Tải Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
  csv: { vi: 'Tải CSV', en: 'Download CSV' },
} satisfies Record<string, Bilingual>;

export function ExportLinks({
  kind,
  params = {},
  what,
}: {
  kind: ExportKind;
  params?: Params;
  /** What the file holds, for screen readers ("ma trận chỉ tiêu"). */
  what: Bilingual;
}) {
  const { t, lang } = useLang();
  return (
    <p className="export-links no-print">
      <a className="btn btn-small" href={exportUrl(kind, 'xlsx', params, lang)} download>
        {t(WORDS.xlsx)}
        <span className="visually-hidden"> — {t(what)}</span>
      </a>
      <a className="btn btn-small btn-quiet" href={exportUrl(kind, 'csv', params, lang)} download>
        {t(WORDS.csv)}
        <span className="visually-hidden"> — {t(what)}</span>
      </a>
    </p>
  );
}
