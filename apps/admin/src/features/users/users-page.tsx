// Accounts: administrators create them, change role and unit, and disable them. The list
// comes from the server a page at a time ("Tải thêm"), searched there by name or email.
import { ROLE_LABELS } from '@lantoa/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { LoadMore } from '../../components/load-more';
import { Empty } from '../../components/query-state';
import { SearchBox } from '../../components/search-box';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { RouterOutputs } from '../../lib/types';
import { SignInAlerts } from './sign-in-alerts';
import { UserForm } from './user-form';
import { userPages } from './user-pages';

export type UserRow = RouterOutputs['users']['list']['items'][number];

const appRoute = getRouteApi('/_app');
const route = getRouteApi('/_app/users');

export function UsersPage() {
  const { t } = useLang();
  const { user: me } = appRoute.useRouteContext();
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  const pages = useSuspenseInfiniteQuery(userPages(trpc, { search: q }));
  const users = pages.data.pages.flatMap((p) => p.items);
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
      <SearchBox
        label={M.searchUsers}
        value={q ?? ''}
        onSearch={(text) => navigate({ search: { q: text || undefined } })}
      />
      {users.length === 0 ? (
        <Empty />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
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
                      {t({ vi: 'Sửa', en: 'Edit' })}{' '}
                      <span className="visually-hidden">{u.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <LoadMore
        shown={users.length}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => pages.fetchNextPage()}
        what={M.usersWhat}
      />
      {editing ? (
        <UserForm
          user={editing === 'new' ? null : editing}
          home={me.unit}
          by={me.role}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
