// Registration drives of the units the user reads: kind, dates, place, how many signed up.
// Creating or editing is the policy's drive.manage.
import { can, DRIVE_KIND_LABELS } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { DriveForm } from './drive-form';
import { G } from './giving-words';

const appRoute = getRouteApi('/_app');

export function DrivesPage() {
  const { t } = useLang();
  const { user } = appRoute.useRouteContext();
  const { data: drives } = useSuspenseQuery(trpc.drives.list.queryOptions());
  const [isAdding, setAdding] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <h1>{t(G.drivesTitle)}</h1>
      <p className="muted">{t(G.drivesLead)}</p>
      <p>
        <Link to="/appeals">← {t(G.appealsTitle)}</Link>
      </p>
      {can({ role: user.role, action: 'drive.manage' }) ? (
        <p>
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            + {t(G.addDrive)}
          </button>
        </p>
      ) : null}
      {drives.length === 0 ? (
        <Empty />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
        <section className="table-scroll" aria-label={t(G.drivesTitle)} tabIndex={0}>
          <table className="data wide">
            <thead>
              <tr>
                <th scope="col">{t(G.title)}</th>
                <th scope="col">{t(G.kind)}</th>
                <th scope="col">{t(G.dates)}</th>
                <th scope="col">{t(G.registrations)}</th>
                <th scope="col">{t(G.isOpen)}</th>
              </tr>
            </thead>
            <tbody>
              {drives.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to="/drives/$driveId" params={{ driveId: d.id }}>
                      {d.title}
                    </Link>
                  </td>
                  <td>{t(DRIVE_KIND_LABELS[d.kind])}</td>
                  <td>
                    {formatDate(d.startsOn)}
                    {d.endsOn !== d.startsOn ? ` – ${formatDate(d.endsOn)}` : ''}
                  </td>
                  <td className="num">
                    {d.registeredCount}
                    {d.capacity ? ` / ${d.capacity}` : ''}
                  </td>
                  <td>{t(d.isOpen ? G.open : G.closed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {isAdding ? (
        <DriveForm
          drive={null}
          home={user.unit}
          onClose={(id) => {
            setAdding(false);
            if (id) void navigate({ to: '/drives/$driveId', params: { driveId: id } });
          }}
        />
      ) : null}
    </>
  );
}
