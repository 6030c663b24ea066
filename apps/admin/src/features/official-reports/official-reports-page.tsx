// Official reports: the form (for the roles the policy lets generate) and the reports
// kept, each downloadable again exactly as it was made.
import { can, OFFICIAL_REPORT_KIND_LABELS } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { OfficialReportForm } from './official-report-form';
import { R } from './report-words';

const appRoute = getRouteApi('/_app');
const downloadUrl = (id: string) => `/exports/official-reports/${id}`;

export function OfficialReportsPage() {
  const { t } = useLang();
  const { user } = appRoute.useRouteContext();
  const { data: reports } = useSuspenseQuery(trpc.officialReports.list.queryOptions());
  const { data: provinces } = useSuspenseQuery(trpc.units.provinces.queryOptions({ limit: 1 }));
  const [made, setMade] = useState<{ id: string; fileName: string } | null>(null);
  const province = provinces.items[0];
  // A unit below the province (its own staff read no province) starts with its own unit.
  const first = province ?? { ...user.unit, kind: 'district' as const };
  const canGenerate = can({ role: user.role, action: 'officialReport.generate' });
  return (
    <>
      <h1>{t(R.title)}</h1>
      <p className="muted">{t(R.lead)}</p>
      <div aria-live="polite">
        {made ? (
          <p className="notice" role="status">
            {t(R.made)}{' '}
            <a href={downloadUrl(made.id)} download>
              {made.fileName}
            </a>
          </p>
        ) : null}
      </div>
      {canGenerate ? (
        <OfficialReportForm
          first={first}
          provinceName={province?.name ?? ''}
          onMade={(report) => {
            setMade(report);
            // The browser saves the file; the link above stays for a second copy.
            window.location.assign(downloadUrl(report.id));
          }}
        />
      ) : null}
      <section aria-labelledby="kept-title" className="card">
        <h2 id="kept-title">{t(R.kept)}</h2>
        {reports.length === 0 ? (
          <Empty />
        ) : (
          <ul className="card-list">
            {reports.map((r) => (
              <li key={r.id} className="card">
                <h3 className="h3">
                  {t(OFFICIAL_REPORT_KIND_LABELS[r.kind])} {r.year} — {r.unitName}
                </h3>
                <p className="muted">
                  Số {r.number} · {formatDate(r.issuedOn)} · {t(R.madeBy)}: {r.createdByName ?? '—'}
                </p>
                <a className="btn btn-small" href={downloadUrl(r.id)} download>
                  {t(R.download)} <span className="visually-hidden">{r.fileName}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
