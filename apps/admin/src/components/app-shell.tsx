// The signed-in frame: skip link, header with navigation (a menu button on phones),
// language switch, who is signed in, and the page's <main>.
import { type Action, can, ROLE_LABELS } from '@lantoa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { NoticeBell } from '../features/notices/notice-bell';
import { OfflineBar } from '../features/offline/offline-bar';
import { clearOfflineStore } from '../features/offline/offline-db';
import { stopOfflineSync } from '../features/offline/offline-sync';
import { signOut } from '../lib/auth';
import '../styles.css';
import { type MessageKey, useLang } from '../lib/i18n';
import { LangSwitch } from './lang-switch';
import { ProvinceSwitcher } from './province-switcher';
import { RetryingBanner } from './retrying-banner';

const route = getRouteApi('/_app');

interface NavItem {
  to:
    | '/'
    | '/units'
    | '/review'
    | '/deadlines'
    | '/plan'
    | '/campaigns'
    | '/stories'
    | '/ambassadors'
    | '/users'
    | '/audit'
    | '/official-reports'
    | '/imports'
    | '/appeals';
  label: MessageKey;
  /** Shown only to roles the policy grants this action (anywhere). */
  action?: Action;
}

const NAV: NavItem[] = [
  { to: '/', label: 'navDashboard' },
  { to: '/units', label: 'navUnits' },
  { to: '/review', label: 'navReview', action: 'report.reviewQueue' },
  { to: '/deadlines', label: 'navDeadlines' },
  { to: '/plan', label: 'navPlan' },
  { to: '/stories', label: 'navStories' },
  { to: '/campaigns', label: 'navCampaigns' },
  { to: '/ambassadors', label: 'navAmbassadors' },
  // Appeals and registration drives share one entry: the header has no room for two.
  { to: '/appeals', label: 'navAppeals', action: 'appeal.read' },
  { to: '/official-reports', label: 'navOfficialReports', action: 'officialReport.read' },
  { to: '/users', label: 'navUsers', action: 'user.manage' },
  { to: '/audit', label: 'navAudit', action: 'audit.read' },
  { to: '/imports', label: 'navImports', action: 'data.import' },
];

export function AppShell() {
  const { user } = route.useRouteContext();
  const { t } = useLang();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // A phone user who picked a page wants to see it, not the menu (runs on navigation).
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setMenuOpen(false), [pathname]);

  async function onSignOut() {
    await signOut().catch(() => undefined);
    // Nothing of this user stays on the phone: the offline store and the query cache.
    stopOfflineSync();
    await clearOfflineStore().catch(() => undefined);
    queryClient.clear();
    await router.navigate({ to: '/sign-in', search: {} });
  }

  const items = NAV.filter((item) => !item.action || can({ role: user.role, action: item.action }));
  const readsEveryProvince = can({
    role: user.role,
    action: 'unit.read',
    relation: 'other-province',
  });
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            +
          </span>{' '}
          {t('appName')}
        </Link>
        <NoticeBell />
        <button
          type="button"
          className="btn menu-btn"
          aria-expanded={isMenuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {t('menu')}
        </button>
        <nav id="main-nav" aria-label={t('menu')} className={isMenuOpen ? 'nav nav-open' : 'nav'}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.to === '/' }} className="nav-link">
                  {t(item.label)}
                </Link>
              </li>
            ))}
            {user.role === 'cadre' || user.role === 'viewer' ? (
              <li>
                <Link to="/units/$unitId" params={{ unitId: user.unit.id }} className="nav-link">
                  {t('navMyUnit')}
                </Link>
              </li>
            ) : null}
          </ul>
          <div className="nav-user">
            <p className="user-name">
              {user.name}
              <span className="muted"> · {t(ROLE_LABELS[user.role])}</span>
            </p>
            {readsEveryProvince ? <ProvinceSwitcher /> : null}
            <LangSwitch />
            <button type="button" className="btn btn-quiet" onClick={onSignOut}>
              {t('signOut')}
            </button>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <RetryingBanner />
        <OfflineBar />
        <Outlet />
      </main>
    </div>
  );
}
