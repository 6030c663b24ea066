// In-process tRPC callers for tests: the real router and context, minus HTTP.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { createSession, type SessionUser } from '../auth/sessions.js';
import type { Database, User } from '../db/schema.js';
import type { FacebookAccess } from '../facebook/facebook-access.js';
import { createMailer } from '../notices/mailer.js';
import { appRouter } from '../routers/app-router.js';
import { ProvinceTallies } from '../services/matrix/province-tallies.js';
import { createCallerFactory } from '../trpc.js';
import { testFacebook } from './fake-graph.js';

/** Where links in test mail point (the demo outbox receives it). */
export const TEST_ORIGIN = 'http://localhost:3000';

const createCaller = createCallerFactory(appRouter);

export async function sessionUserOf(db: Kysely<Database>, user: User): Promise<SessionUser> {
  const unit = await db
    .selectFrom('units')
    .select(['code', 'name'])
    .where('id', '=', user.unit_id)
    .executeTakeFirstOrThrow();
  return {
    sessionId: `test-${user.id}`,
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    unitId: user.unit_id,
    unitCode: unit.code,
    unitName: unit.name,
    version: user.version,
  };
}

/** `changed` collects the units each write reported, or is called with them. */
type Changed = string[][] | ((unitIds: string[]) => void);

/** The clock every test caller runs on: a fixed instant (10:00 in Vietnam), so what a
 *  test sees never depends on the day the suite runs. Tests that need another day say so
 *  with an explicit `asOf`/`year`. */
export const TEST_NOW = new Date('2026-06-15T03:00:00.000Z');

/** The session policy test callers run under (the app's defaults). */
export const TEST_SESSION_POLICY = { idleMinutes: 8 * 60, absoluteHours: 7 * 24 };

export function callerFor(
  db: Kysely<Database>,
  user: SessionUser | null,
  changed: Changed = [],
  sessionToken?: string,
  facebook: FacebookAccess = testFacebook(),
) {
  const now = TEST_NOW;
  // As in the app: the overview's kept provinces are told of this caller's writes.
  const provinceTallies = new ProvinceTallies();
  return createCaller({
    db,
    user,
    session: { token: sessionToken, policy: TEST_SESSION_POLICY },
    lang: 'vi',
    now,
    today: todayInVietnam(now),
    mail: {
      mailer: createMailer(db, { smtpUrl: undefined, from: 'test' }),
      linkOrigin: TEST_ORIGIN,
    },
    facebook,
    provinceTallies,
    onFactsChanged: (unitIds) => {
      provinceTallies.invalidate(unitIds);
      if (typeof changed === 'function') changed(unitIds);
      else changed.push(unitIds);
    },
  });
}

/** A caller signed in as `user` through a real session (reports.save checks it itself). */
export async function callerAs(
  db: Kysely<Database>,
  user: User,
  changed?: Changed,
  facebook?: FacebookAccess,
) {
  const { token } = await createSession(db, user.id, TEST_SESSION_POLICY, TEST_NOW);
  return callerFor(db, await sessionUserOf(db, user), changed, token, facebook);
}
