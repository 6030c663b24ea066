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

export const officialReport = async (f: Fixture, unitId: string): Promise<Prepared> => {
  const row = await f.db
    .insertInto('official_reports')
    .values({
      unit_id: unitId,
      kind: 'annual',
      year: 2025,
      period_end: '2025-12-31',
      number: '1/BC-CTĐ',
      issued_on: '2026-01-05',
      inputs: '{}',
      file_name: 'Báo cáo năm 2025.docx',
      data: Buffer.from('PK'),
      size_bytes: 2,
      created_by: f.author.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, version: 1 };
};

export { officialReportInput } from './factories.js';

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

/** The province (tenant) a unit belongs to: owner of province-level rows. */
const provinceOf = async (f: Fixture, unitId: string) =>
  (
    await f.db
      .selectFrom('unit_tenants')
      .select('tenant_id')
      .where('unit_id', '=', unitId)
      .executeTakeFirstOrThrow()
  ).tenant_id;

/** A profile managed by the province of `unitId` (the first province's by default). */
export const ambassador = async (f: Fixture, unitId = f.units.own): Promise<Prepared> =>
  f.db
    .insertInto('ambassadors')
    .values({
      province_id: await provinceOf(f, unitId),
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

export async function consent(f: Fixture, unitId = f.units.own): Promise<Prepared> {
  const owner = await ambassador(f, unitId);
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
/** A campaign of the province of `unitId`. */
export const campaign = async (f: Fixture, unitId: string): Promise<Prepared> =>
  f.db
    .insertInto('campaigns')
    .values({
      title: `Chiến dịch ${tag()}`,
      kind: 'campaign',
      organiser: 'province',
      starts_on: '2025-05-01',
      ends_on: '2025-05-31',
      target_kinds: '["district"]',
      province_id: await provinceOf(f, unitId),
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

/** Neither province of the fixture runs a plan of its own: each may adopt one. */
export async function noAdoptions(f: Fixture): Promise<Prepared> {
  const provinces = [await provinceOf(f, f.units.own), await provinceOf(f, f.units.province2)];
  await f.db.deleteFrom('plan_adoptions').where('province_id', 'in', provinces).execute();
  return { id: '', version: 0 };
}

/** The fixture's first province runs a plan by adoption (a template copy), so its
 *  administrators have a plan of their own to amend (decision 32). */
export async function adopted(f: Fixture): Promise<Prepared> {
  await f.db
    .insertInto('plan_adoptions')
    .values({
      province_id: await provinceOf(f, f.units.own),
      plan_id: 'KH-ma-tran',
      template_plan_id: '48/KH-CTĐKG',
      adopted_on: '2022-01-01',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { id: '', version: 0 };
}

/** An amendment of the first province's adopted plan. */
export async function adoptedAmendment(f: Fixture): Promise<Prepared> {
  await adopted(f);
  return amendment(f);
}

/** An amendment recorded while the province ran a plan, which it no longer does. */
export async function amendmentWithoutAdoption(f: Fixture): Promise<Prepared> {
  const prepared = await adoptedAmendment(f);
  await noAdoptions(f);
  return prepared;
}

/** A campaign of Central's (no province): every province reads it, only Central writes it. */
export const centralCampaign = async (f: Fixture): Promise<Prepared> =>
  f.db
    .insertInto('campaigns')
    .values({
      title: `Chiến dịch Trung ương ${tag()}`,
      kind: 'campaign',
      organiser: 'central',
      starts_on: '2025-05-01',
      ends_on: '2025-05-31',
      target_kinds: '["commune"]',
      province_id: null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();

/** An appeal of the unit, with one pledge not yet received: `id` is the appeal's. */
export async function appeal(
  f: Fixture,
  unitId: string,
): Promise<Prepared & { pledgeId: string; pledgeVersion: number }> {
  const row = await f.db
    .insertInto('appeals')
    .values({
      unit_id: unitId,
      code: `vd-${tag()}`,
      title: 'Ủng hộ lũ lụt',
      story: 'Câu chuyện',
      target_amount: 100_000_000,
      starts_on: '2025-01-01',
      ends_on: '2099-12-31',
      bank_bin: '970436',
      account_number: '0011001234567',
      account_name: 'HOI CTD',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  const pledge = await f.db
    .insertInto('pledges')
    .values({
      appeal_id: row.id,
      reference: `LT${tag().toUpperCase().slice(0, 8)}`,
      amount: 100_000,
      display_name: 'Người ủng hộ',
      contact_email: 'nguoi@example.vn',
      consent_version: 'giving-2026-01',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  return { ...row, pledgeId: pledge.id, pledgeVersion: pledge.version };
}

/** A registration drive of the unit with one registration, as the public form leaves it. */
export async function drive(
  f: Fixture,
  unitId: string,
): Promise<Prepared & { registrationId: string }> {
  const row = await f.db
    .insertInto('registration_drives')
    .values({
      unit_id: unitId,
      code: `hm-${tag()}`,
      kind: 'blood-donation',
      title: 'Ngày hội hiến máu',
      starts_on: '2026-12-01',
      ends_on: '2026-12-01',
      place: 'Nhà văn hóa phường',
      capacity: 100,
      is_open: true,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  const registration = await f.db
    .insertInto('registrations')
    .values({
      drive_id: row.id,
      display_name: 'Người đăng ký',
      contact_phone: '0912345678',
      consent_version: 'registration-2026-01',
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { ...row, registrationId: registration.id };
}

/** A notice to the fixture's author whose email delivery failed: what `resend` acts on. */
export async function failedDelivery(f: Fixture, unitId: string): Promise<Prepared> {
  const notice = await f.db
    .insertInto('notices')
    .values({
      recipient_id: f.author.id,
      kind: 'returned',
      subject_key: `report:${tag()}`,
      period_key: 'v2',
      unit_id: unitId,
      title: JSON.stringify({ vi: 'Bị trả lại', en: 'Returned' }),
      body: JSON.stringify({ vi: 'Nhận xét', en: 'Comment' }),
      link: `/units/${unitId}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const delivery = await f.db
    .insertInto('notice_deliveries')
    .values({ notice_id: notice.id, channel: 'email', status: 'failed', not_before: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: delivery.id, version: 0 };
}
