// A unit's page: its indicators with state, reason, deadline, reports and evidence, and
// the report history. Cadres (own subtree) and admins update reports from here.
import {
  can,
  INDICATOR_CODES,
  type IndicatorCode,
  periodLabel,
  UNIT_KIND_LABELS,
} from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, useEffect, useState } from 'react';
import { AsOfControl, useAsOf } from '../../components/as-of-control';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Report } from '../../lib/types';
import { useRestOfScreen } from '../../lib/use-first-view';
import { whenIdle } from '../../lib/when-idle';
import { FacebookSection } from '../facebook/facebook-section';
import { O } from '../offline/offline-messages';
import { RecordsSection } from '../records/records-section';
import { IndicatorCard } from './indicator-card';
import { ReportHistory } from './report-history';
import { UnitContinuity } from './unit-continuity';
import { UnitDeadlines } from './unit-deadlines';
import { useReopenReport } from './use-reopen-report';

// Forms load when a sheet opens them (zod, the schemas and TanStack Form are most of
// their weight), not with the page.
const loadForms = () => {
  void import('../reports/report-form');
  void import('../records/record-form');
  void import('./deadline-form');
};
const ReportForm = lazy(() =>
  import('../reports/report-form').then((m) => ({ default: m.ReportForm })),
);

const route = getRouteApi('/_app/units/$unitId');
const appRoute = getRouteApi('/_app');

interface Editing {
  indicator: IndicatorCode;
  periodKey: string;
  report: Report | null;
}

export function UnitPage() {
  // The forms are fetched once the page is idle: a phone that loses signal before the
  // service worker has cached them can still open them (a lazy form offline would not load).
  useEffect(() => whenIdle(loadForms), []);
  const { t } = useLang();
  const showsRest = useRestOfScreen();
  const { unitId } = route.useParams();
  const { user } = appRoute.useRouteContext();
  const asOf = useAsOf();
  const { data, dataUpdatedAt } = useSuspenseQuery(
    trpc.compliance.unit.queryOptions({ unitId, asOf }),
  );
  const dueOf = (p: { indicator: string; periodKey: string }) =>
    data.evaluations.find((e) => e.indicator === p.indicator && e.periodKey === p.periodKey)?.due;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // What to offer is the domain policy's, asked with the unit's relation to the user.
  const { unit, relation } = data;
  const mayEditReport = (report: Report | null) =>
    can({ role: user.role, action: 'report.save', relation, state: report?.status ?? 'new' });
  const canEditRecords = can({ role: user.role, action: 'unit.editData', relation });
  const canConnectFacebook = can({ role: user.role, action: 'facebook.connect', relation });
  const mayReopen = (report: Report) =>
    can({ role: user.role, action: 'report.reopen', relation, state: report.status });
  const reopen = useReopenReport(setNotice);
  const byIndicator = INDICATOR_CODES.map((code) => ({
    code,
    evaluations: data.evaluations.filter((e) => e.indicator === code),
  }));
  const applicable = byIndicator.filter((g) =>
    g.evaluations.some((e) => e.state !== 'not_applicable'),
  );
  const notApplicable = byIndicator.filter((g) => !applicable.includes(g)).map((g) => g.code);

  return (
    <>
      <h1>{unit.name}</h1>
      <AsOfControl />
      <p className="muted">
        {t(UNIT_KIND_LABELS[unit.kind])} · {unit.code}
        {unit.isSample ? ` · ${t('sample')}` : ''}
        {data.parent ? (
          <>
            {' · '}
            {t('parentUnit')}:{' '}
            <Link to="/units/$unitId" params={{ unitId: data.parent.id }}>
              {data.parent.name}
            </Link>
          </>
        ) : null}
      </p>
      {/* Offline, this is the copy kept on the phone: say how old it is. */}
      <p className="muted small" data-testid="last-synced">
        {t(O.lastSynced)}: {formatInstant(new Date(dataUpdatedAt).toISOString())}
      </p>
      <UnitContinuity closure={data.closure} predecessors={data.predecessors} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {/* A closed unit is judged on nothing: its page says what became of it. */}
      <section aria-labelledby="ind-title" hidden={data.closure != null}>
        <h2 id="ind-title">{t('indicators')}</h2>
        <ul className="indicator-list">
          {applicable.map((g) => (
            <IndicatorCard
              key={g.code}
              code={g.code}
              evaluations={g.evaluations}
              reports={data.reports}
              mayEdit={mayEditReport}
              onEdit={(periodKey, report) => {
                setNotice(null);
                setEditing({ indicator: g.code, periodKey, report });
              }}
              mayReopen={mayReopen}
              onReopen={reopen.start}
              reopeningId={reopen.pendingId}
            />
          ))}
        </ul>
        {notApplicable.length > 0 ? (
          <p className="muted small">
            {t('indicator')} — {t({ vi: 'Không áp dụng', en: 'Not applicable' })}:{' '}
            {notApplicable.join(', ')}
          </p>
        ) : null}
      </section>
      {data.children.length > 0 ? (
        <section aria-labelledby="children-title" className="card">
          <h2 id="children-title">{t('childUnits')}</h2>
          <ul className="link-list">
            {data.children.map((c) => (
              <li key={c.id}>
                <Link to="/units/$unitId" params={{ unitId: c.id }}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Below the first view: rendered in a second, sliced pass (use-first-view.ts). */}
      {showsRest ? (
        <>
          <UnitDeadlines
            unitId={unitId}
            deadlines={data.deadlines}
            canEdit={canEditRecords}
            onDone={setNotice}
          />
          <RecordsSection unitId={unitId} canEdit={canEditRecords} />
          <FacebookSection unitId={unitId} canConnect={canConnectFacebook} />
          <ReportHistory history={data.history} reports={data.reports} />
        </>
      ) : null}
      {editing ? (
        <Sheet
          title={`${t('updateReport')} ${editing.indicator} · ${t(periodLabel(editing.periodKey, dueOf(editing)))}`}
          onClose={() => setEditing(null)}
        >
          <ReportForm
            target={{ unitId, indicator: editing.indicator, periodKey: editing.periodKey }}
            report={editing.report}
            onDone={(message) => {
              setEditing(null);
              setNotice(message);
            }}
          />
        </Sheet>
      ) : null}
    </>
  );
}
