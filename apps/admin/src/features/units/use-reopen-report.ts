// A reviewer reopens an approved report so its unit can correct it: the locked report's
// message tells cadres to ask for exactly this. The result, or why it failed, is said in
// the page's notice (a status region), in the user's language.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { Report } from '../../lib/types';

const REOPENED = {
  vi: 'Đã mở lại báo cáo. Đơn vị có thể sửa và gửi lại.',
  en: 'The report is reopened. The unit can correct and resubmit it.',
};

export function useReopenReport(say: (message: string) => void) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.reports.review.mutationOptions({
      onSuccess: () => say(t(REOPENED)),
      onError: (error) => say(errorMessage(error, lang)),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
    }),
  );
  return {
    start: (report: Report) =>
      mutation.mutate({ reportId: report.id, version: report.version, decision: 'reopen' }),
    pendingId: mutation.isPending ? (mutation.variables?.reportId ?? null) : null,
  };
}
