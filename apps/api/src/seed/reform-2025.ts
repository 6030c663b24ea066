// The demo's history: the 1 July 2025 reform as it happened, seeded as dated rows on top
// of Kiên Giang's 2022 hierarchy. Hội CTĐ tỉnh An Giang and its commune-level chapters open
// that day; the province boards and grassroots units move under them; each district closes
// into the chapters formed from it (the first is its principal successor); Kiên Giang
// closes into An Giang; the amendment passing the districts' duties to the chapters takes
// effect; the demo accounts follow their units. Nothing recorded before moves: every
// report, record and story keeps the unit it was made for, so the tree and the figures as
// of 30/06/2025 stay Kiên Giang's. Written in the seed's transaction (the unit services
// each open their own), with the same audit events the services append.
import { amendmentProblems } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from '../services/append-audit-event.js';
import { loadPlanInForce } from '../services/load-plan-in-force.js';
import { reform2025Amendment } from '../services/reform-2025-amendment.js';
import {
  AN_GIANG,
  COMMUNES,
  COMMUNES_OF_DISTRICT,
  GRASSROOTS_MOVES,
  principalCommuneOf,
  REFORM_DATE,
} from './an-giang.js';
import { KIEN_GIANG_UNITS, SAMPLE_GRASSROOTS } from './kien-giang.js';
import { seedUnits } from './seed-units.js';

type Ids = Map<string, string>;
const idOf = (ids: Ids, code: string) => {
  const id = ids.get(code);
  if (!id) throw new Error(`demo seed: unit ${code} missing`);
  return id;
};

async function moveFrom(trx: Kysely<Database>, unitId: string, parentId: string) {
  const link = await trx
    .updateTable('unit_links')
    .set({ valid_to: REFORM_DATE })
    .where('unit_id', '=', unitId)
    .where('valid_to', 'is', null)
    .returning('parent_id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('unit_links')
    .values({ unit_id: unitId, parent_id: parentId, valid_from: REFORM_DATE })
    .execute();
  await trx
    .updateTable('units')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', unitId)
    .execute();
  await appendAuditEvent(trx, {
    actorId: null,
    action: 'unit.move',
    entity: 'unit',
    entityId: unitId,
    unitId,
    before: { parentId: link.parent_id },
    after: { parentId, effectiveOn: REFORM_DATE },
  });
}

async function closeInto(trx: Kysely<Database>, unitId: string, successorIds: string[]) {
  const [principal] = successorIds;
  await trx
    .updateTable('units')
    .set((eb) => ({
      closed_on: REFORM_DATE,
      merged_into: principal ?? null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', unitId)
    .execute();
  if (successorIds.length > 1) {
    await trx
      .insertInto('unit_successors')
      .values(successorIds.map((successorId) => ({ unit_id: unitId, successor_id: successorId })))
      .execute();
  }
  await appendAuditEvent(trx, {
    actorId: null,
    action: 'unit.close',
    entity: 'unit',
    entityId: unitId,
    unitId,
    after: { closedOn: REFORM_DATE, mergedInto: principal ?? null, successors: successorIds },
  });
}

async function recordAmendment(trx: Kysely<Database>) {
  const amendment = reform2025Amendment();
  const problems = amendmentProblems(await loadPlanInForce(trx, REFORM_DATE), amendment);
  if (problems.length > 0) throw new Error(`demo seed: ${problems[0]?.en}`);
  const row = await trx
    .insertInto('plan_amendments')
    .values({
      plan_id: '48/KH-CTĐKG',
      effective_on: amendment.effectiveOn,
      legal_number: amendment.legalBasis.number,
      legal_issued_on: amendment.legalBasis.issuedOn,
      legal_issuer: amendment.legalBasis.issuer,
      summary: amendment.summary,
      changes: JSON.stringify(amendment.changes),
      is_sample: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, {
    actorId: null,
    action: 'plan.amend',
    entity: 'plan_amendment',
    entityId: row.id,
    after: amendment,
  });
}

/** Demo accounts follow their units: cadres of a district to its principal chapter. */
async function reassignAccounts(trx: Kysely<Database>, ids: Ids) {
  const moves: [email: string, unitCode: string][] = [
    ['admin@demo.lantoa.vn', 'ag'],
    ['viewer@demo.lantoa.vn', principalCommuneOf('kg-rach-gia')],
    ...KIEN_GIANG_UNITS.filter((u) => u.kind === 'district').map((d): [string, string] => [
      `cadre.${d.code}@demo.lantoa.vn`,
      principalCommuneOf(d.code),
    ]),
  ];
  for (const [email, unitCode] of moves) {
    const user = await trx
      .updateTable('users')
      .set((eb) => ({ unit_id: idOf(ids, unitCode), version: eb('version', '+', 1) }))
      .where('email', '=', email)
      .returning(['id', 'unit_id'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'user.update',
      entity: 'user',
      entityId: user.id,
      unitId: user.unit_id,
      after: { unitId: user.unit_id, effectiveOn: REFORM_DATE },
    });
  }
}

export async function seedReform2025(trx: Kysely<Database>, ids: Ids): Promise<void> {
  const created = await seedUnits(trx, [AN_GIANG, ...COMMUNES], REFORM_DATE);
  for (const [code, id] of created) ids.set(code, id);
  for (const unit of [AN_GIANG, ...COMMUNES]) {
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'unit.create',
      entity: 'unit',
      entityId: idOf(ids, unit.code),
      unitId: idOf(ids, unit.code),
      after: { code: unit.code, name: unit.name, kind: unit.kind, openedOn: REFORM_DATE },
    });
  }
  const ag = idOf(ids, 'ag');
  const underProvince = [...KIEN_GIANG_UNITS, ...SAMPLE_GRASSROOTS].filter(
    (u) => u.parent === 'kg' && u.kind !== 'district',
  );
  for (const unit of underProvince) await moveFrom(trx, idOf(ids, unit.code), ag);
  for (const [code, commune] of Object.entries(GRASSROOTS_MOVES)) {
    await moveFrom(trx, idOf(ids, code), idOf(ids, commune));
  }
  for (const [district, communes] of Object.entries(COMMUNES_OF_DISTRICT)) {
    await closeInto(
      trx,
      idOf(ids, district),
      communes.map(([code]) => idOf(ids, code)),
    );
  }
  await closeInto(trx, idOf(ids, 'kg'), [ag]);
  await recordAmendment(trx);
  await reassignAccounts(trx, ids);
}
