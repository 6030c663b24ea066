// In-process tRPC callers for tests: the real router and context, minus HTTP.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, User } from '../db/schema.js';
import { appRouter } from '../routers/app-router.js';
import { createCallerFactory } from '../trpc.js';

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

export function callerFor(
  db: Kysely<Database>,
  user: SessionUser | null,
  changed: string[][] = [],
) {
  const now = new Date();
  return createCaller({
    db,
    user,
    lang: 'vi',
    now,
    today: todayInVietnam(now),
    onFactsChanged: (unitIds) => changed.push(unitIds),
  });
}

export async function callerAs(db: Kysely<Database>, user: User, changed?: string[][]) {
  return callerFor(db, await sessionUserOf(db, user), changed);
}
