// When the API answers 503 (its database is down for a moment): a form keeps what the user
// typed and says so in the user's language; a query waits as long as Retry-After asks
// before trying again, and shows why it is waiting meanwhile.
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RetryingBanner } from '../components/retrying-banner';
import { ReportForm } from '../features/reports/report-form';
import { calls, TrpcFailure, useProcedures } from '../test/api-handlers';
import { report } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { queryRetryDelay, shouldRetryQuery, trpc } from './api';
import { errorMessage } from './errors';
import { useLang } from './i18n';

const UNAVAILABLE = {
  vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau vài giây',
  en: 'The database cannot be reached for the moment. Please try again in a few seconds',
};
const unavailable = (retryAfterSeconds = 2) =>
  new TrpcFailure('SERVICE_UNAVAILABLE', 503, UNAVAILABLE, { details: { retryAfterSeconds } });

function Languages() {
  const { setLang } = useLang();
  return (
    <>
      <button type="button" onClick={() => setLang('en')}>
        English
      </button>
      <button type="button" onClick={() => setLang('vi')}>
        Tiếng Việt
      </button>
    </>
  );
}

/** Shows the plan once loaded, and while a try fails, why. */
function Plan() {
  const { lang } = useLang();
  const query = useQuery(trpc.plan.get.queryOptions());
  if (query.data) return <p>{(query.data as unknown as { title: string }).title}</p>;
  return <p>{query.failureReason ? errorMessage(query.failureReason, lang) : '…'}</p>;
}

/** A screen that shows only its spinner until the plan arrives. */
function SpinnerScreen() {
  const query = useQuery(trpc.plan.get.queryOptions());
  return <p>{query.data ? 'Đã tải' : 'Đang tải…'}</p>;
}

describe('a 503 from the API', () => {
  it('the report form keeps the draft and says so in the chosen language', async () => {
    useProcedures({ 'reports.save': () => unavailable() });
    const onDone = vi.fn();
    renderWithProviders(
      <>
        <Languages />
        <ReportForm
          target={{ unitId: 'u-rg', indicator: 'CT-03', periodKey: 'by-2025' }}
          report={report()}
          onDone={onDone}
        />
      </>,
    );
    const ui = userEvent.setup();
    await ui.click(screen.getByRole('button', { name: 'English' }));
    const note = screen.getByLabelText('Note');
    await ui.clear(note);
    await ui.type(note, 'Số liệu quý III');
    await ui.click(screen.getByRole('button', { name: 'Save draft' }));
    expect((await screen.findByRole('alert')).textContent).toBe(UNAVAILABLE.en);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Số liệu quý III');
    expect(onDone).not.toHaveBeenCalled();
    // A save is not repeated behind the user's back: they press Save again when they choose.
    expect(calls.filter((c) => c.path === 'reports.save')).toHaveLength(1);
    // The language lives in the module for the tRPC link: give the next test Vietnamese.
    await ui.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
  });

  it('a query waits for Retry-After, shows why, then loads', async () => {
    let attempts = 0;
    useProcedures({
      'plan.get': () => (++attempts === 1 ? unavailable(1) : { title: 'Kế hoạch đã tải' }),
    });
    renderWithProviders(<Plan />);
    expect(await screen.findByText(UNAVAILABLE.vi)).toBeTruthy();
    expect(attempts).toBe(1);
    expect(await screen.findByText('Kế hoạch đã tải', {}, { timeout: 10_000 })).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('every screen says why it is still loading: a banner while a 503 is retried', async () => {
    let attempts = 0;
    useProcedures({
      'plan.get': () => (++attempts === 1 ? unavailable(1) : { title: 'Kế hoạch đã tải' }),
    });
    renderWithProviders(
      <>
        <RetryingBanner />
        <SpinnerScreen />
      </>,
    );
    const banner = await screen.findByText(/Đang tự động thử lại/);
    expect(banner.textContent).toContain(UNAVAILABLE.vi);
    expect(banner.closest('[role="status"]')).toBeTruthy();
    expect(await screen.findByText('Đã tải', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/Đang tự động thử lại/)).toBeNull();
  });

  it('retries a 503 several times, never sooner than Retry-After, backing off', () => {
    const error = {
      data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, details: { retryAfterSeconds: 2 } },
    };
    expect(shouldRetryQuery(0, error)).toBe(true);
    expect(shouldRetryQuery(5, error)).toBe(true);
    expect(shouldRetryQuery(6, error)).toBe(false);
    expect([0, 1, 2, 3, 10].map((n) => queryRetryDelay(n, error))).toEqual([
      2000, 2000, 4000, 8000, 30_000,
    ]);
    // Other answers keep their policy: a 4xx is final, a network failure is tried twice.
    expect(shouldRetryQuery(0, { data: { httpStatus: 400 } })).toBe(false);
    expect(shouldRetryQuery(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetryQuery(2, new TypeError('Failed to fetch'))).toBe(false);
  });
});
