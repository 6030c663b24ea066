// Renames a unit; the old name stays in the audit log.
import type { RenameUnitInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { audit, lockUnit } from './unit-guards.js';

export async function renameUnit(db: Kysely<Database>, actor: SessionUser, input: RenameUnitInput) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUnit(trx, input.unitId, input.version);
    const after = await trx
      .updateTable('units')
      .set((eb) => ({ name: input.name, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'unit.rename', before, after);
    return after;
  });
}
