// Applies a reorganisation in one transaction: all its steps or none. The units it changes
// are locked and must still be at the versions the preview showed (else CONFLICT, never a
// lost update); nothing may already be planned for them on or after its date. Dated in the
// future, it is written now and stored as planned: its rows carry the date (decision 18).
import { randomUUID } from 'node:crypto';
import type { ApplyReorganisationInput, IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { getHierarchy } from './get-hierarchy.js';
import { hasLaterUnitChanges } from './has-later-unit-changes.js';
import { toReorganisationDto } from './reorganisation-dto.js';
import {
  reorganisationRefused,
  simulateReorganisationInDb,
} from './simulate-reorganisation-in-db.js';
import { writeReorganisationEffects } from './write-reorganisation-effects.js';

export interface ApplyReorganisationOptions {
  today: IsoDate;
  /** The caller's reach; none for the seed and the CLI, which act on the whole tree. */
  readable?: Readable;
  isSample?: boolean;
}

async function settledReach(
  db: Kysely<Database>,
  readable: Readable | undefined,
  day: IsoDate,
): Promise<Readable | undefined> {
  if (!readable) return undefined;
  const inReach = await readable((await getHierarchy(db, day)).map((u) => u.id));
  return async (ids) => new Set(ids.filter((id) => inReach.has(id)));
}

async function lockTouched(trx: Kysely<Database>, ids: string[], expected: Record<string, number>) {
  if (ids.length === 0) return;
  const rows = await trx
    .selectFrom('units')
    .select(['id', 'code', 'version', 'opened_on', 'closed_on'])
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
  const stale = rows.filter((r) => expected[r.code] !== r.version);
  if (stale.length > 0) {
    throw conflict({ versions: Object.fromEntries(rows.map((r) => [r.code, r.version])) });
  }
  return rows;
}

const LATER_CHANGE = {
  vi: 'Một đơn vị trong đợt này đã có thay đổi từ ngày hiệu lực trở về sau (hoặc mới thành lập đúng ngày đó); hãy hủy đợt sắp xếp sau trước',
  en: 'A unit in this reorganisation already changes on or after its date (or opens that day); cancel the later reorganisation first',
};

/** Refuses when a touched unit already has a change dated on or after `on`. */
async function assertNothingLater(trx: Kysely<Database>, ids: string[], on: IsoDate) {
  if (ids.length === 0) return;
  const [isLinkOrNameLater, units] = await Promise.all([
    hasLaterUnitChanges(trx, ids, { on, isSameDayLater: true }),
    trx
      .selectFrom('units')
      .select('id')
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('closed_on', 'is not', null), eb('opened_on', '>=', on)]))
      .execute(),
  ]);
  if (isLinkOrNameLater || units.length > 0) throw badRequest(LATER_CHANGE);
}

export async function applyReorganisation(
  db: Kysely<Database>,
  actor: SessionUser | null,
  input: ApplyReorganisationInput,
  options: ApplyReorganisationOptions,
) {
  const reorg = input.reorganisation;
  // The caller's reach is asked before the transaction: the Readable reads through the
  // request's connection, which PGlite (one connection) would wait for inside it.
  const readable = await settledReach(db, options.readable, reorg.effectiveOn);
  return db.transaction().execute(async (trx) => {
    const first = await simulateReorganisationInDb(trx, readable, reorg);
    if (!first.simulation.ok) throw reorganisationRefused(first.simulation.errors);
    const touchedIds = first.simulation.touched.map((code) => first.idOf.get(code) as string);
    await lockTouched(trx, touchedIds, input.versions);
    // Locked now: run again, so a change committed meanwhile (a unit added under a source)
    // is seen, and the effects written are the ones checked.
    const { simulation, idOf } = await simulateReorganisationInDb(trx, readable, reorg);
    if (!simulation.ok) throw reorganisationRefused(simulation.errors);
    if (JSON.stringify(simulation.effects) !== JSON.stringify(first.simulation.effects)) {
      throw conflict({ effects: simulation.effects });
    }
    await assertNothingLater(trx, touchedIds, reorg.effectiveOn);
    const id = randomUUID();
    const status = reorg.effectiveOn > options.today ? 'planned' : 'applied';
    const empty = {
      createdUnitIds: [],
      insertedLinkIds: [],
      endedLinkIds: [],
      nameIds: [],
      closedUnitIds: [],
      touchedUnitIds: [],
    };
    await trx
      .insertInto('reorganisations')
      .values({
        id,
        effective_on: reorg.effectiveOn,
        title: reorg.title,
        legal_number: reorg.legalBasis.number ?? null,
        legal_issued_on: reorg.legalBasis.issuedOn ?? null,
        legal_issuer: reorg.legalBasis.issuer ?? null,
        steps: JSON.stringify(reorg.steps),
        written: JSON.stringify(empty),
        status,
        is_sample: options.isSample ?? false,
        created_by: actor?.id ?? null,
      })
      .execute();
    const written = await writeReorganisationEffects(trx, actor, {
      reorganisationId: id,
      effectiveOn: reorg.effectiveOn,
      effects: simulation.effects,
      idOf,
      isSample: options.isSample ?? false,
    });
    const row = await trx
      .updateTable('reorganisations')
      .set({ written: JSON.stringify(written) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor?.id ?? null,
      action: 'reorganisation.apply',
      entity: 'reorganisation',
      entityId: id,
      before: null,
      after: { ...reorg, status, effects: simulation.effects },
    });
    return {
      reorganisation: toReorganisationDto(row, options.today),
      written,
      effects: simulation.effects,
    };
  });
}
