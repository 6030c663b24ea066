// One registration drive for staff: what the public sees, the embed code, and who
// registered — contacts for roles the policy lets see them, export and erasure per person.
import { can, DRIVE_KIND_LABELS } from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { NotFound } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate, formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { DriveForm } from './drive-form';
import { G } from './giving-words';
import { PersonalDataActions, useDataExport } from './personal-data-actions';

const appRoute = getRouteApi('/_app');
const route = getRouteApi('/_app/drives/$driveId');

export function DrivePage() {
  const { t } = useLang();
  const { user } = appRoute.useRouteContext();
  const { driveId } = route.useParams();
  const queryClient = useQueryClient();
  const { data: drives } = useSuspenseQuery(trpc.drives.list.queryOptions());
  const { data: people } = useSuspenseQuery(trpc.drives.registrations.queryOptions({ driveId }));
  const [isEditing, setEditing] = useState(false);
  const { error, download } = useDataExport();
  const erase = useMutation(
    trpc.drives.eraseRegistration.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.drives.pathKey() }),
    }),
  );
  const drive = drives.find((d) => d.id === driveId);
  if (!drive) return <NotFound />;
  const canExport = can({ role: user.role, action: 'registration.seeContacts' });
  const canErase = can({ role: user.role, action: 'registration.erase' });
  const onExport = (id: string) =>
    download(
      () =>
        queryClient.fetchQuery({
          ...trpc.drives.exportRegistrationData.queryOptions({ registrationId: id }),
          staleTime: 0,
        }),
      `dang-ky-${id}.json`,
    );
  return (
    <>
      <p>
        <Link to="/drives">{t(G.back)}</Link>
      </p>
      <h1>{drive.title}</h1>
      <section className="card" aria-label={t(G.drivesTitle)}>
        <p className="muted">
          {t(DRIVE_KIND_LABELS[drive.kind])} · {drive.unitName}
        </p>
        <p>
          {formatDate(drive.startsOn)}
          {drive.endsOn !== drive.startsOn ? ` – ${formatDate(drive.endsOn)}` : ''} · {drive.place}
        </p>
        <p className="story-text">{drive.description}</p>
        <p>
          {t(G.registrations)}: {drive.registeredCount}
          {drive.capacity ? ` / ${drive.capacity}` : ''} · {t(drive.isOpen ? G.open : G.closed)}
        </p>
        <p className="small">
          {t(G.embed)}: <code>{`<lantoa-register code="${drive.code}"></lantoa-register>`}</code>
        </p>
        {can({ role: user.role, action: 'drive.manage' }) ? (
          <div className="actions">
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t(G.editDrive)}
            </button>
          </div>
        ) : null}
      </section>
      <section className="card stack" aria-labelledby="people-title">
        <h2 id="people-title">
          {t(G.registrations)} ({people.length})
        </h2>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {people.length === 0 ? (
          <p className="state state-empty">{t(G.noRegistrations)}</p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
          <section className="table-scroll" aria-label={t(G.registrations)} tabIndex={0}>
            <table className="data wide">
              <thead>
                <tr>
                  <th scope="col">{t(G.name)}</th>
                  <th scope="col">{t(G.phone)}</th>
                  <th scope="col">{t(G.email)}</th>
                  <th scope="col">{t(G.registeredAt)}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t(G.personalData)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <td>{p.isErased ? t(G.erased) : p.displayName}</td>
                    <td>
                      {p.contactPhone ?? (p.hasContacts && !canExport ? t(G.contactHidden) : '—')}
                    </td>
                    <td>{p.contactEmail ?? '—'}</td>
                    <td>{formatInstant(p.createdAt)}</td>
                    <td>
                      <PersonalDataActions
                        who={p.displayName ?? p.id}
                        onExport={canExport ? () => onExport(p.id) : undefined}
                        onErase={
                          canErase && !p.isErased
                            ? () => erase.mutateAsync({ registrationId: p.id })
                            : undefined
                        }
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
      {isEditing ? (
        <DriveForm drive={drive} home={user.unit} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
