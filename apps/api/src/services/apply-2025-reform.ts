// The 1 July 2025 reform, as the demo shows it: Kiên Giang merges into An Giang and the
// district level is abolished. One reorganisation (reform-2025-reorganisation.ts) applied
// by the engine every administrator uses, all at once and dated 2025-07-01, so everything
// recorded before that day keeps its unit and the tree as of 2025-06-30 is still Kiên
// Giang's. An Giang is tracked from the merger on: before it, it was outside this deployment.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { applyReorganisation } from './apply-reorganisation.js';
import { getHierarchy } from './get-hierarchy.js';
import { recordPlanAmendment } from './record-plan-amendment.js';
import { REFORM_AMENDMENT, reform2025Amendment } from './reform-2025-amendment.js';
import { REFORM_DATE, reform2025Reorganisation } from './reform-2025-reorganisation.js';

export { REFORM_DATE } from './reform-2025-reorganisation.js';

/** The districts' duties pass to commune-level chapters, once (a re-run finds it there). */
async function recordReformAmendment(db: Kysely<Database>, actor: SessionUser, today: string) {
  const recorded = await db
    .selectFrom('plan_amendments')
    .select('id')
    .where('legal_number', '=', REFORM_AMENDMENT.legalBasis.number)
    .executeTakeFirst();
  if (recorded) return;
  await recordPlanAmendment(db, actor, reform2025Amendment(), { today, isSample: true });
}

/** Applies the reform (a re-run after it finds Kiên Giang gone and only checks the amendment). */
export async function apply2025Reform(db: Kysely<Database>, actor: SessionUser) {
  const today = todayInVietnam(new Date());
  const tree = await getHierarchy(db, REFORM_DATE);
  const input = reform2025Reorganisation(tree);
  const ag = async () =>
    (await db.selectFrom('units').select('id').where('code', '=', 'ag').executeTakeFirst())?.id;
  if (!input) {
    const provinceId = await ag();
    if (!provinceId)
      throw badRequest({
        vi: 'Không có Hội CTĐ tỉnh Kiên Giang',
        en: 'No Kiên Giang province unit',
      });
    await recordReformAmendment(db, actor, today);
    return { provinceId, moved: 0, closed: 0 };
  }
  const codes = new Set(tree.map((u) => u.code));
  const rows = await db.selectFrom('units').select(['code', 'version']).execute();
  const versions = Object.fromEntries(
    rows.filter((r) => codes.has(r.code)).map((r) => [r.code, r.version]),
  );
  const { effects } = await applyReorganisation(
    db,
    actor,
    { reorganisation: input, versions },
    { today, isSample: true },
  );
  await recordReformAmendment(db, actor, today);
  return {
    provinceId: (await ag()) as string,
    moved: effects.moved.length,
    closed: effects.closed.length,
  };
}
