// Reviewing removes the report from the queue at once (optimistic); an error puts it
// back and says why.
import type { BaseIndicatorCode } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import type { QueueItem } from '../../lib/types';

export function useReview(indicator: BaseIndicatorCode | undefined) {
  const queryClient = useQueryClient();
  const queueKey = trpc.reports.reviewQueue.queryKey({ indicator });
  return useMutation(
    trpc.reports.review.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: queueKey });
        const before = queryClient.getQueryData<QueueItem[]>(queueKey);
        queryClient.setQueryData<QueueItem[]>(queueKey, (items) =>
          items?.filter((item) => item.id !== input.reportId),
        );
        return { before };
      },
      onError: (_error, _input, context) => {
        if (context?.before) queryClient.setQueryData(queueKey, context.before);
      },
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.reports.reviewQueue.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
}
