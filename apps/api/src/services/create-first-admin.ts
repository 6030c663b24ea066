// The first administrator of a fresh deployment, created with the one-time secret that
// the server printed at start. Refused once any administrator exists. The input schema is
// the domain's, so the setup page checks exactly what this checks.
import { timingSafeEqual } from 'node:crypto';
import { ZCreateFirstAdminInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';
import { AppError, forbidden } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function createFirstAdmin(db: Kysely<Database>, secret: string, input: unknown) {
  const parsed = ZCreateFirstAdminInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'BAD_REQUEST',
      { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
      {
        fieldErrors: z.flattenError(parsed.error).fieldErrors,
      },
    );
  }
  if (!sameSecret(parsed.data.secret, secret)) throw forbidden();
  const passwordHash = await hashPassword(parsed.data.password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .executeTakeFirst();
    if (existing) throw forbidden();
    const root = await trx
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'province')
      .where('closed_on', 'is', null)
      .orderBy('opened_on', 'desc')
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('users')
      .values({
        email: parsed.data.email,
        name: parsed.data.name,
        role: 'admin',
        unit_id: root.id,
        password_hash: passwordHash,
      })
      .returning(['id', 'email', 'name', 'role'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: user.id,
      action: 'user.create-first-admin',
      entity: 'user',
      entityId: user.id,
      unitId: root.id,
      after: user,
    });
    return user;
  });
}
