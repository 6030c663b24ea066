// Accounts: administrators create them, change role and unit, and disable them.
import { ROLE_LABELS } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { SignInAlerts } from './sign-in-alerts';
import { UserForm } from './user-form';

export type UserRow = RouterOutputs['users']['list'][number];

const appRoute = getRouteApi('/_app');

export function UsersPage() {
  const { t } = useLang();
  const { user: me } = appRoute.useRouteContext();
  const { data: users } = useSuspenseQuery(trpc.users.list.queryOptions());
  const { data: tree } = useSuspenseQuery(trpc.units.tree.queryOptions());
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  return (
    <>
      <h1>{t('navUsers')}</h1>
      <SignInAlerts />
      <p>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          + {t({ vi: 'Thêm người dùng', en: 'Add a user' })}
        </button>
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable) */}
      <section className="table-scroll" aria-label={t('navUsers')} tabIndex={0}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(ROLE_LABELS[u.role as keyof typeof ROLE_LABELS])}</td>
                <td>{u.unitName}</td>
                <td>{u.is_disabled ? `✕ ${t('disabled')}` : `✓ ${t('active')}`}</td>
                <td>
                  <button type="button" className="btn btn-small" onClick={() => setEditing(u)}>
                    {t({ vi: 'Sửa', en: 'Edit' })} <span className="visually-hidden">{u.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editing ? (
        <UserForm
          user={editing === 'new' ? null : editing}
          units={tree.units}
          by={me.role}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
