// The 1 July 2025 reform, as the demo shows it: Kiên Giang merges into An Giang and the
// district level is abolished. Built from the ordinary unit operations (create, move,
// close with merged_into), each dated 2025-07-01, so everything recorded before that day
// keeps its unit and the tree as of 2025-06-30 is still Kiên Giang's. An Giang is tracked
// from the merger on: before it, it was outside this deployment.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { closeUnit } from './close-unit.js';
import { createUnit } from './create-unit.js';
import { getHierarchy } from './get-hierarchy.js';
import { moveUnit } from './move-unit.js';
import { recordPlanAmendment } from './record-plan-amendment.js';
import { REFORM_AMENDMENT, reform2025Amendment } from './reform-2025-amendment.js';

export const REFORM_DATE = '2025-07-01';
const DAY_BEFORE = '2025-06-30';

async function versionOf(db: Kysely<Database>, unitId: string) {
  const row = await db
    .selectFrom('units')
    .select('version')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row.version;
}

async function moveTo(db: Kysely<Database>, actor: SessionUser, unitId: string, parentId: string) {
  await moveUnit(db, actor, {
    unitId,
    parentId,
    version: await versionOf(db, unitId),
    effectiveOn: REFORM_DATE,
  });
}

async function closeInto(
  db: Kysely<Database>,
  actor: SessionUser,
  unitId: string,
  mergedIntoId: string,
) {
  await closeUnit(db, actor, {
    unitId,
    version: await versionOf(db, unitId),
    closedOn: REFORM_DATE,
    mergedIntoId,
  });
}

/** The districts' duties pass to commune-level chapters, once (a re-run finds it there). */
async function recordReformAmendment(db: Kysely<Database>, actor: SessionUser) {
  const recorded = await db
    .selectFrom('plan_amendments')
    .select('id')
    .where('legal_number', '=', REFORM_AMENDMENT.legalBasis.number)
    .executeTakeFirst();
  if (recorded) return;
  await recordPlanAmendment(db, actor, reform2025Amendment(), {
    today: todayInVietnam(new Date()),
    isSample: true,
  });
}

/** Steps run one by one (each audited); a failure part-way can be resumed by re-running. */
export async function apply2025Reform(db: Kysely<Database>, actor: SessionUser) {
  const before = await getHierarchy(db, DAY_BEFORE);
  const kg = before.find((u) => u.code === 'kg' && u.kind === 'province');
  if (!kg)
    throw badRequest({ vi: 'Không có Hội CTĐ tỉnh Kiên Giang', en: 'No Kiên Giang province unit' });
  const existing = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'ag')
    .executeTakeFirst();
  const agId =
    existing?.id ??
    (
      await createUnit(db, actor, {
        code: 'ag',
        name: 'Hội Chữ thập đỏ tỉnh An Giang',
        kind: 'province',
        parentId: null,
        openedOn: REFORM_DATE,
      })
    ).id;
  const districts = before.filter((u) => u.parentId === kg.id && u.kind === 'district');
  const communes = before.filter((u) => districts.some((d) => d.id === u.parentId));
  const otherChildren = before.filter((u) => u.parentId === kg.id && u.kind !== 'district');
  for (const unit of [...communes, ...otherChildren]) await moveTo(db, actor, unit.id, agId);
  for (const district of districts) await closeInto(db, actor, district.id, agId);
  await closeInto(db, actor, kg.id, agId);
  await recordReformAmendment(db, actor);
  return {
    provinceId: agId,
    moved: communes.length + otherChildren.length,
    closed: districts.length + 1,
  };
}
