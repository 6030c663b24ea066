// Checks an email and password. Unknown emails and disabled users cost the same argon2
// verification as real ones, so timing does not reveal which accounts exist.
import type { Kysely } from 'kysely';
import { getDecoyHash, verifyPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';

export async function verifyCredentials(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<{ id: string } | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'is_disabled'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const isValid = await verifyPassword(user?.password_hash ?? (await getDecoyHash()), password);
  if (!user || !isValid || user.is_disabled) return null;
  return { id: user.id };
}
