// "Xem theo ngày": one control for the day every view is seen as of. The day lives in the
// URL (`?asOf=yyyy-MM-dd`) and the signed-in layout keeps it on every link (decision 19),
// so the dashboard, the unit tree, a unit page with its records, and the deadlines all show
// the same day until the reader goes back to today. Another day has another tree, so a
// chosen subtree is dropped when the day changes.
import { formatDateVi } from '@lantoa/domain';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useLang } from '../lib/i18n';
import { ViDateInput } from './vi-date-input';

const appRoute = getRouteApi('/_app');

/** The day the views are seen as of; undefined is today. */
export function useAsOf(): string | undefined {
  return appRoute.useSearch().asOf;
}

export function AsOfControl() {
  const { t } = useLang();
  const asOf = useAsOf();
  const navigate = useNavigate();
  const setAsOf = (iso: string | undefined) =>
    navigate({ to: '.', search: (s) => ({ ...s, asOf: iso, root: undefined }) });
  return (
    <div className="filters as-of">
      <label className="filter">
        <span>{t({ vi: 'Xem theo ngày (để trống: hôm nay)', en: 'As of (empty: today)' })}</span>
        <ViDateInput value={asOf} onChange={setAsOf} />
      </label>
      <p className="as-of-status" aria-live="polite">
        {asOf ? (
          <>
            <strong>
              {t({
                vi: `Đang xem theo ngày ${formatDateVi(asOf)}`,
                en: `Showing ${formatDateVi(asOf)}`,
              })}
            </strong>{' '}
            <button type="button" className="btn btn-small" onClick={() => setAsOf(undefined)}>
              {t({ vi: 'Về hôm nay', en: 'Back to today' })}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
