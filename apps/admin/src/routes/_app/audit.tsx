import { createFileRoute, redirect } from '@tanstack/react-router';
import { AuditPage } from '../../features/users/audit-page';
import { z, zEntity, zIsoDay } from '../../lib/search';

export const Route = createFileRoute('/_app/audit')({
  validateSearch: z.object({
    entity: zEntity,
    from: zIsoDay,
    to: zIsoDay,
  }),
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin') throw redirect({ to: '/' });
  },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(trpc.audit.list.queryOptions({ ...deps, limit: 100 })),
  component: AuditPage,
});
