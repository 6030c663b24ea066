// A page only some roles may open, guarded in the page's own chunk: a guard in the route's
// beforeLoad sits in the first chunk and would bring the policy tables (or a dynamic import
// and its runtime) to the sign-in page (issue 14). Others are sent to the dashboard; the API
// refuses them anyway.
import { type Action, can } from '@lantoa/domain';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import type { JSX } from 'react';

const appRoute = getRouteApi('/_app');

export function guarded(action: Action, Page: () => JSX.Element): () => JSX.Element {
  return function GuardedPage() {
    const { user } = appRoute.useRouteContext();
    if (!can({ role: user.role, action })) return <Navigate to="/" />;
    return <Page />;
  };
}
