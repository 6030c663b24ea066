// A review leaves the queue once the server accepts it; the item hides itself while it is
// sent (review-item.tsx), so the reviewer moves on at once, and a refusal shows it again.
import type { BaseIndicatorCode } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import type { QueueItem } from '../../lib/types';

export function useReview(indicator: BaseIndicatorCode | undefined) {
  const queryClient = useQueryClient();
  const queueKey = trpc.reports.reviewQueue.queryKey({ indicator });
  return useMutation(
    trpc.reports.review.mutationOptions({
      onSuccess: (_report, input) =>
        queryClient.setQueryData<QueueItem[]>(queueKey, (items) =>
          items?.filter((item) => item.id !== input.reportId),
        ),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.reports.reviewQueue.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
}
