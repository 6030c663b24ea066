// Rows a scope-matrix cell needs before it runs, written by the fixture's author.
import { randomBytes } from 'node:crypto';
import { addDays, type PlanAmendmentInput, type ReorganisationInput } from '@lantoa/domain';
import { applyReorganisation } from '../services/apply-reorganisation.js';
import { recordPlanAmendment } from '../services/record-plan-amendment.js';
import { sessionUserOf, TEST_NOW } from './caller.js';
import { createUnit, createUser } from './factories.js';
import type { Fixture } from './scope-fixture.js';

export interface Prepared {
  id: string;
  version: number;
  /** The unit's code, for procedures that name units by code (reorganisations). */
  code?: string;
}

const tag = () => randomBytes(4).toString('hex');

export const report = async (f: Fixture, unitId: string, status: string): Promise<Prepared> =>
  f.db
    .insertInto('reports')
    .values({
      unit_id: unitId,
      indicator: 'CT-05',
      period_key: '2025',
      status: status as 'draft',
      claims_met: true,
      note: 'gốc',
      links: '[]',
      created_by: f.author.id,
      updated_by: f.author.id,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

export const story = async (f: Fixture, unitId: string, status: string): Promise<Prepared> =>
  f.db
    .insertInto('stories')
    .values({
      unit_id: unitId,
      slug: `bai-${tag()}`,
      title: 'Người tốt việc thiện',
      summary: '',
      body_html: '<p>Nội dung</p>',
      cover_image_url: null,
      tags: '[]',
      status: status as 'draft',
      author_id: f.author.id,
      updated_by: f.author.id,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

export const course = async (f: Fixture, unitId: string): Promise<Prepared> =>
  f.db
    .insertInto('training_courses')
    .values({
      unit_id: unitId,
      held_on: '2025-08-12',
      title: 'Tập huấn',
      participants: 30,
      level: 'district',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

export const ambassador = async (f: Fixture): Promise<Prepared> =>
  f.db
    .insertInto('ambassadors')
    .values({
      name: 'Ca sĩ Nguyễn Văn A',
      field: 'singer',
      channels: '[]',
      photo_url: null,
      contact_email: null,
      contact_phone: null,
      status: 'active',
      term_from: null,
      term_to: null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

export async function consent(f: Fixture): Promise<Prepared> {
  const owner = await ambassador(f);
  const row = await f.db
    .insertInto('ambassador_consents')
    .values({
      ambassador_id: owner.id,
      purpose: 'Dùng hình ảnh',
      consented_on: '2025-01-05',
      document_ref: 'CV-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, version: 1 };
}

export const amendmentInput = (): PlanAmendmentInput => ({
  effectiveOn: addDays(TEST_NOW.toISOString().slice(0, 10), 30),
  legalBasis: { number: `15/KH-${tag()}`, issuedOn: '2025-06-25', issuer: 'Hội CTĐ tỉnh' },
  summary: 'Sửa chỉ tiêu CT-07.',
  changes: [
    {
      type: 'set_target',
      indicator: 'CT-07',
      target: { vi: 'Hai ấn phẩm', en: 'Two publications' },
    },
  ],
});

export async function amendment(f: Fixture): Promise<Prepared> {
  const actor = await sessionUserOf(f.db, f.author);
  const today = TEST_NOW.toISOString().slice(0, 10);
  const row = await recordPlanAmendment(f.db, actor, amendmentInput(), { today });
  return { id: row.id, version: (row as { version?: number }).version ?? 1 };
}

export async function grassrootsUnit(f: Fixture): Promise<Prepared> {
  const unit = await createUnit(f.db, { kind: 'grassroots', parentId: f.units.own });
  return { id: unit.id, version: unit.version };
}

export async function viewerAt(f: Fixture, unitId: string): Promise<Prepared> {
  const user = await createUser(f.db, { role: 'viewer', unitId });
  return { id: user.id, version: user.version };
}

export async function versionOfUnit(f: Fixture, unitId: string): Promise<Prepared> {
  const unit = await f.db
    .selectFrom('units')
    .select(['id', 'version'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return unit;
}

/** A grassroots unit to reorganise, with its code. */
export async function unitToReorganise(f: Fixture): Promise<Prepared> {
  const unit = await createUnit(f.db, { kind: 'grassroots', parentId: f.units.own });
  return { id: unit.id, version: unit.version, code: unit.code };
}

/** A dated rename of one unit, 30 days after the test clock's day. */
export const renameReorganisation = (code: string): ReorganisationInput => ({
  effectiveOn: addDays(TEST_NOW.toISOString().slice(0, 10), 30),
  title: 'Đổi tên chi hội',
  legalBasis: {},
  steps: [{ type: 'rename', unit: code, name: `Chi hội ${tag()}` }],
});

/** A planned reorganisation (dated after the test clock's day), applied by the author. */
export async function plannedReorganisation(f: Fixture): Promise<Prepared> {
  const unit = await unitToReorganise(f);
  const actor = await sessionUserOf(f.db, f.author);
  const { reorganisation } = await applyReorganisation(
    f.db,
    actor,
    {
      reorganisation: renameReorganisation(unit.code as string),
      versions: { [unit.code as string]: unit.version },
    },
    { today: TEST_NOW.toISOString().slice(0, 10) },
  );
  return { id: reorganisation.id, version: reorganisation.version };
}
