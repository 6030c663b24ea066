import { createFileRoute, redirect } from '@tanstack/react-router';
import { AuditPage } from '../../features/users/audit-page';
import { auditPages } from '../../features/users/audit-pages';
import { searchParams, zEntity, zIsoDay } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({
  entity: zEntity,
  from: zIsoDay,
  to: zIsoDay,
});

export const Route = createFileRoute('/_app/audit')({
  validateSearch: searchOf,
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin') throw redirect({ to: '/' });
  },
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(
      auditPages(trpc, { entity: deps.entity, from: deps.from, to: deps.to }),
    ),
  component: AuditPage,
});
