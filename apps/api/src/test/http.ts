// The real Fastify app over a test database, driven with app.inject (no socket needed).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../app.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { TEST_PASSWORD } from './factories.js';

export async function testApp(db: Kysely<Database>, env: Record<string, string> = {}) {
  const config = loadConfig({ DATABASE_URL: '', LANTOA_ADMIN_DIST: '/nonexistent', ...env });
  return buildApp({ db, config });
}

export const SAME_ORIGIN = { 'x-lantoa-csrf': '1' };

export async function signIn(
  app: FastifyInstance,
  email: string,
  options: { password?: string; ip?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/auth/sign-in',
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
    remoteAddress: options.ip ?? '10.0.0.1',
    payload: { email, password: options.password ?? TEST_PASSWORD },
  });
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie)
    throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}
