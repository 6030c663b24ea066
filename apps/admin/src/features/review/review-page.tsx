// The province's review queue: submitted reports, oldest first; approve or return.
import { INDICATOR_CODES } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { ReviewItem } from './review-item';
import { useReview } from './use-review';

const route = getRouteApi('/_app/review');

export function ReviewPage() {
  const { t } = useLang();
  const { indicator } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: items } = useSuspenseQuery(trpc.reports.reviewQueue.queryOptions({ indicator }));
  const review = useReview(indicator);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <h1>{t('navReview')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filter">
          <span>{t('indicator')}</span>
          <select
            value={indicator ?? ''}
            onChange={(e) =>
              navigate({ search: { indicator: (e.target.value || undefined) as typeof indicator } })
            }
          >
            <option value="">{t('all')}</option>
            {INDICATOR_CODES.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
      </form>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {items.length === 0 ? (
        <Empty>{t('reviewEmpty')}</Empty>
      ) : (
        <ul className="queue">
          {items.map((item) => (
            <ReviewItem
              key={item.id}
              item={item}
              review={review}
              onReviewed={(decision) =>
                setMessage(
                  `${item.unit.name} — ${t(decision === 'approve' ? 'approve' : 'returnReport')} ✓`,
                )
              }
            />
          ))}
        </ul>
      )}
    </>
  );
}
