// The appeals of the units the user reads: progress, dates, and a way in to reconcile.
// Who may create or edit is the domain policy's answer (appeal.manage).
import { can } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { AppealForm } from './appeal-form';
import { G, money } from './giving-words';

const appRoute = getRouteApi('/_app');

export function AppealsPage() {
  const { t, lang } = useLang();
  const { user } = appRoute.useRouteContext();
  const { data: appeals } = useSuspenseQuery(trpc.appeals.list.queryOptions());
  const [isAdding, setAdding] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <h1>{t(G.appealsTitle)}</h1>
      <p className="muted">{t(G.appealsLead)}</p>
      <p>
        <Link to="/drives">{t(G.drivesTitle)} →</Link>
      </p>
      {can({ role: user.role, action: 'appeal.manage' }) ? (
        <p>
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            + {t(G.addAppeal)}
          </button>
        </p>
      ) : null}
      {appeals.length === 0 ? (
        <Empty />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
        <section className="table-scroll" aria-label={t(G.appealsTitle)} tabIndex={0}>
          <table className="data wide">
            <thead>
              <tr>
                <th scope="col">{t(G.title)}</th>
                <th scope="col">{t(G.unit)}</th>
                <th scope="col">{t(G.dates)}</th>
                <th scope="col">{t(G.progress)}</th>
              </tr>
            </thead>
            <tbody>
              {appeals.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to="/appeals/$appealId" params={{ appealId: a.id }}>
                      {a.title}
                    </Link>
                  </td>
                  <td>{a.unitName}</td>
                  <td>
                    {formatDate(a.startsOn)} – {formatDate(a.endsOn)}
                  </td>
                  <td className="num">
                    {money(a.receivedAmount, lang)} / {money(a.targetAmount, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {isAdding ? (
        <AppealForm
          appeal={null}
          home={user.unit}
          onClose={(id) => {
            setAdding(false);
            if (id) void navigate({ to: '/appeals/$appealId', params: { appealId: id } });
          }}
        />
      ) : null}
    </>
  );
}
