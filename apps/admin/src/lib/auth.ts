// Signing in and out over plain HTTP (the API sets an HttpOnly cookie) and the signed-in
// user as a query everyone can read. /auth/me answers `{ user: null }` for nobody.
import type { Role } from '@lantoa/domain';
import { queryOptions } from '@tanstack/react-query';
import { getLang } from './i18n';
import { apiUrl, CSRF_HEADERS } from './query-client';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  unit: { id: string; code: string; name: string };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly data: { code?: string; messages?: undefined; fieldErrors?: Record<string, string[]> },
    message: string,
  ) {
    super(message);
  }
}

async function request(path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(apiUrl(path), {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'same-origin',
    headers: {
      'accept-language': getLang(),
      ...(body === undefined ? {} : { ...CSRF_HEADERS, 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as {
    error?: {
      code?: string;
      message?: string;
      details?: { fieldErrors?: Record<string, string[]> };
    };
  };
  if (!res.ok) {
    const err = json.error ?? {};
    throw new HttpError(
      res.status,
      { code: err.code, fieldErrors: err.details?.fieldErrors },
      err.message ?? res.statusText,
    );
  }
  return json;
}

export const meQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      return ((await request('/auth/me')) as { user: SessionUser | null }).user;
    } catch (error) {
      // A proxy or an older server may still say "nobody" with a 401.
      if (error instanceof HttpError && error.status === 401) return null;
      // No answer at all (offline): the cadre last signed in on this phone, if any, so the
      // app opens on what it kept; the server still checks the session on every send.
      const offlineUser = error instanceof HttpError ? null : lastSignedInUser();
      if (offlineUser) return offlineUser;
      throw error;
    }
  },
  // Asked even offline (a paused query would hold the app's first screen forever).
  networkMode: 'always',
  staleTime: 5 * 60_000,
});

export async function signIn(input: { email: string; password: string }): Promise<SessionUser> {
  return ((await request('/auth/sign-in', input)) as { user: SessionUser }).user;
}

export async function signOut(): Promise<void> {
  await request('/auth/sign-out', {});
}

/** "Forgot password": the server answers the same whether or not the email exists. */
export async function requestPasswordReset(input: { email: string }): Promise<string> {
  return ((await request('/auth/reset-request', input)) as { message: string }).message;
}

/** Sets a password from a reset or invitation link's token. */
export async function resetPassword(input: { token: string; password: string }): Promise<void> {
  await request('/auth/reset', input);
}

/** The first administrator of a fresh deployment, with the server's one-time secret. */
export async function createFirstAdmin(input: {
  secret: string;
  name: string;
  email: string;
  password: string;
}): Promise<void> {
  await request('/auth/setup', input);
}

// Who last signed in on this phone, for opening the app offline. A synchronous read, on
// purpose: the entry chunk stays free of IndexedDB code. Removed at sign-out (decision 24).
const LAST_USER = 'lantoa.offlineUser';

export function rememberSignedInUser(user: SessionUser | null) {
  if (user) localStorage.setItem(LAST_USER, JSON.stringify(user));
  else localStorage.removeItem(LAST_USER);
}

function lastSignedInUser(): SessionUser | null {
  try {
    return JSON.parse(localStorage.getItem(LAST_USER) ?? 'null') as SessionUser | null;
  } catch {
    return null;
  }
}

/** Only same-app paths: an open redirect would hand the session page to a stranger. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//')) return '/';
  return target.startsWith('/sign-in') ? '/' : target;
}
