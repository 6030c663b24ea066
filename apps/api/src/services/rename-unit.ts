// Renames a unit from a date. Every rename is dated (decision 18): it is a one-step
// reorganisation applied by the reorganisation engine, so the old name stays for every
// earlier day, nothing is rewritten, and a rename dated later can be cancelled until then.
import type { RenameUnitInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { applyReorganisation } from './apply-reorganisation.js';

export async function renameUnit(
  db: Kysely<Database>,
  actor: SessionUser,
  input: RenameUnitInput,
  options: { today: string; readable: Readable },
) {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'code'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  await applyReorganisation(
    db,
    actor,
    {
      reorganisation: {
        effectiveOn: input.effectiveOn,
        title: `Đổi tên thành ${input.name}`,
        legalBasis: {},
        steps: [{ type: 'rename', unit: unit.code, name: input.name }],
      },
      versions: { [unit.code]: input.version },
    },
    options,
  );
  return db.selectFrom('units').selectAll().where('id', '=', unit.id).executeTakeFirstOrThrow();
}
