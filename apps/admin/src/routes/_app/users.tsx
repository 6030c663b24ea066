import { createFileRoute, redirect } from '@tanstack/react-router';
import { userPages } from '../../features/users/user-pages';
import { UsersPage } from '../../features/users/users-page';
import { searchParams, textUpTo } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ q: textUpTo(1, 100) });

export const Route = createFileRoute('/_app/users')({
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin') throw redirect({ to: '/' });
  },
  // The search lives in the URL, and goes to the server (decision 33).
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ search: search.q }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(userPages(trpc, deps)),
  component: UsersPage,
});
