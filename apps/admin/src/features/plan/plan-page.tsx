// The plan as in force on a chosen day: every indicator with its clause, target, unit kinds
// and deadline, the reporting deadlines, and the amendments (administrators of a province
// that adopted a plan record them: decision 32); which plan the province runs, and its
// adoption of a template copy.
import { can } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { AmendmentForm } from './amendment-form';
import { AmendmentList } from './amendment-list';
import { PlanAdoption } from './plan-adoption';
import { kindsText, scheduleText } from './plan-format';

const route = getRouteApi('/_app/plan');

export function PlanPage() {
  const { t } = useLang();
  const { user } = route.useRouteContext();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: plan } = useSuspenseQuery(trpc.plan.get.queryOptions({ asOf: search.asOf }));
  const [isRecording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data: adoption } = useSuspenseQuery(trpc.plan.adoption.queryOptions());
  const hasAdoptedPlan = adoption.adoption !== null;
  const mayAmend = can({ role: user.role, action: 'plan.amend', hasAdoptedPlan });
  // Allowed but for the missing plan: point to adoption instead of a button the API refuses.
  const mustAdoptFirst = !mayAmend && can({ role: user.role, action: 'plan.amend' });
  return (
    <>
      <h1>
        {t({ vi: 'Kế hoạch', en: 'Plan' })} {plan.plan.id}
      </h1>
      <p className="muted">{t(plan.plan.title)}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>
            {t({ vi: 'Hiệu lực ngày (để trống: hôm nay)', en: 'In force on (empty: today)' })}
          </span>
          <ViDateInput
            value={search.asOf}
            onChange={(iso) => navigate({ search: (s) => ({ ...s, asOf: iso }) })}
          />
        </label>
      </form>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <PlanAdoption role={user.role} onNotice={setNotice} />
      <section className="card" aria-labelledby="plan-indicators">
        <h2 id="plan-indicators">
          {t({ vi: 'Chỉ tiêu ngày', en: 'Indicators on' })} {formatDate(plan.asOf)}
        </h2>
        <ul className="card-list">
          {plan.indicators.map((i) => (
            <li key={i.code} className="plan-indicator">
              <h3>
                {i.code} · {t(i.shortTitle)}
              </h3>
              <p>{t(i.title)}</p>
              <dl className="plan-facts">
                <dt>{t({ vi: 'Điều khoản', en: 'Clause' })}</dt>
                <dd>{i.clause}</dd>
                <dt>{t({ vi: 'Mục tiêu', en: 'Target' })}</dt>
                <dd>{t(i.target)}</dd>
                <dt>{t({ vi: 'Áp dụng cho', en: 'Applies to' })}</dt>
                <dd>{t(kindsText(i.appliesTo))}</dd>
                <dt>{t({ vi: 'Thời hạn', en: 'Deadline' })}</dt>
                <dd>{t(scheduleText(i.schedule))}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="plan-deadlines">
        <h2 id="plan-deadlines">{t({ vi: 'Hạn báo cáo', en: 'Reporting deadlines' })}</h2>
        <ul className="card-list">
          {plan.deadlines.map((d) => (
            <li key={d.id}>
              <strong>{formatDate(d.due)}</strong> · {t(d.label)}
              <br />
              <span className="muted">
                {d.clause} · {t(kindsText(d.appliesTo))}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="plan-amendments">
        <h2 id="plan-amendments">{t({ vi: 'Văn bản sửa đổi, bổ sung', en: 'Amendments' })}</h2>
        {mayAmend ? (
          <button type="button" className="btn btn-primary" onClick={() => setRecording(true)}>
            {t({ vi: 'Ghi nhận văn bản sửa đổi', en: 'Record an amendment' })}
          </button>
        ) : null}
        {mustAdoptFirst ? (
          <p className="notice">
            {t(M.adoptBeforeAmending)} <a href="#plan-adoption">{t(M.adoptBeforeAmendingLink)}</a>
          </p>
        ) : null}
        <AmendmentList canWithdraw={mayAmend} onNotice={setNotice} />
      </section>
      {isRecording ? (
        <AmendmentForm
          indicators={plan.indicators}
          deadlines={plan.deadlines}
          onClose={(message) => {
            setRecording(false);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}
