import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, server, setUser, TrpcFailure, useProcedures } from '../test/api-handlers';
import { matrix, RACH_GIA, user } from '../test/fixtures';
import { renderApp } from '../test/render';

// Every request to /trpc, by the procedures it carried: a batch is one entry.
let batches: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/trpc/')) batches.push(url.pathname.slice('/trpc/'.length));
};
beforeEach(() => {
  batches = [];
  server.events.on('request:start', onRequest);
});
afterEach(() => {
  server.events.removeListener('request:start', onRequest);
});

function dashboardApi() {
  setUser(user('reviewer'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.matrix': (input) => matrix((input as { year?: number }).year ?? 2025),
    'compliance.deadlines': () => ({
      items: [],
      nextCursor: null,
      total: 0,
      overdue: 0,
      units: [RACH_GIA],
    }),
  });
}

// The dashboard's progress chart asks for one row per year (limit 1) once it is in view,
// which may come before or after a test's checks: those asks are not the screen's queries.
const isChartAsk = (input: unknown) => (input as { limit?: number } | undefined)?.limit === 1;
const asked = (path: string) => calls.filter((c) => c.path === path && !isChartAsk(c.input)).length;

describe('the first screen asked for beside /auth/me', () => {
  it('renders the dashboard from the early batch, without asking again', async () => {
    dashboardApi();
    renderApp('/?year=2025', { firstScreen: true });
    expect(await screen.findByRole('table')).toBeTruthy();
    // The route's queries and the bell's, in one request sent once /auth/me answered.
    expect(batches[0]).toBe('compliance.matrix,compliance.deadlines,notices.unreadCount');
    expect(calls[0]?.input).toEqual({ year: 2025, direction: 'forward' });
    await screen.findByRole('link', { name: 'Thông báo' });
    expect(asked('compliance.matrix')).toBe(1);
    expect(asked('compliance.deadlines')).toBe(1);
    expect(asked('notices.unreadCount')).toBe(1);
  });

  it('falls back to the usual queries when the early batch gets no answer', async () => {
    dashboardApi();
    server.use(http.get('*/trpc/:paths', () => HttpResponse.error(), { once: true }));
    renderApp('/?year=2025', { firstScreen: true });
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(batches[0]).toBe('compliance.matrix,compliance.deadlines,notices.unreadCount');
    // The failed batch reached no procedure; each query was then asked as usual.
    expect(batches.length).toBeGreaterThan(1);
    expect(asked('compliance.matrix')).toBe(1);
    expect(asked('compliance.deadlines')).toBe(1);
  });

  it('asks again only for a query the early batch answered with an error', async () => {
    dashboardApi();
    let deadlines = 0;
    useProcedures({
      'compliance.deadlines': () =>
        ++deadlines === 1
          ? new TrpcFailure('INTERNAL_SERVER_ERROR', 500, { vi: 'Lỗi', en: 'Error' })
          : { items: [], nextCursor: null, total: 0, overdue: 0, units: [RACH_GIA] },
    });
    renderApp('/?year=2025', { firstScreen: true });
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(asked('compliance.matrix')).toBe(1);
    expect(asked('compliance.deadlines')).toBe(2);
  });

  it('asks nothing early for a signed-out visitor', async () => {
    renderApp('/', { firstScreen: true });
    expect(await screen.findByRole('heading', { name: /Đăng nhập/ })).toBeTruthy();
    await waitFor(() => expect(batches).toEqual([]));
  });

  it('renders the unit page from the early batch, each query asked once', async () => {
    setUser(user('cadre'));
    useProcedures({
      'compliance.unit': () => ({
        unit: { ...RACH_GIA, version: 2, mergedInto: null },
        parent: null,
        children: [],
        deadlines: [],
        evaluations: [],
        reports: [],
        history: [],
        relation: 'own',
        closure: null,
        predecessors: [],
      }),
      'records.ofUnit': () => [],
      'records.campaigns': () => ({ items: [], nextCursor: null }),
    });
    renderApp(`/units/${RACH_GIA.id}?asOf=2026-06-30`, { firstScreen: true });
    expect(await screen.findByRole('heading', { name: RACH_GIA.name })).toBeTruthy();
    expect(batches[0]).toBe(
      'compliance.unit,records.ofUnit,records.campaigns,facebook.ofUnit,notices.unreadCount',
    );
    expect(calls[0]?.input).toEqual({ unitId: RACH_GIA.id, asOf: '2026-06-30' });
    await screen.findByRole('link', { name: 'Thông báo' });
    for (const path of ['compliance.unit', 'records.ofUnit', 'records.campaigns']) {
      expect(asked(path)).toBe(1);
    }
    expect(asked('facebook.ofUnit')).toBe(1);
    expect(asked('notices.unreadCount')).toBe(1);
  });
});
