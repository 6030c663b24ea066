// The amendment a province would record after the 1 July 2025 reform: what plan 48 asked
// of districts (CT-01 to CT-06, and the yearly reports) falls to commune-level chapters
// from that day. Its legal basis is a sample, marked "(mẫu)"; figures before it stay.
import { BASE_PLAN, type PlanAmendmentInput, type PlanChange, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from '../services/append-audit-event.js';

const toCommunes = (kinds: readonly UnitKind[]): UnitKind[] =>
  kinds.map((k) => (k === 'district' ? 'commune' : k));

function reformChanges(): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const i of BASE_PLAN.indicators.filter((x) => x.appliesTo.includes('district'))) {
    changes.push({
      type: 'set_unit_kinds',
      indicator: i.code,
      appliesTo: toCommunes(i.appliesTo),
      rollupKinds: toCommunes(i.rollupKinds),
    });
    changes.push({
      type: 'set_target',
      indicator: i.code,
      target: {
        vi: i.target.vi.replace('huyện, thành Hội', 'Hội CTĐ xã, phường, đặc khu'),
        en: i.target.en.replace('district/city chapters', 'commune-level chapters'),
      },
    });
  }
  for (const d of BASE_PLAN.deadlines.filter((x) => x.appliesTo.includes('district'))) {
    if (d.due >= REFORM_AMENDMENT.effectiveOn) {
      changes.push({ type: 'set_deadline', deadlineId: d.id, appliesTo: toCommunes(d.appliesTo) });
    }
  }
  return changes;
}

export const REFORM_AMENDMENT: PlanAmendmentInput = {
  effectiveOn: '2025-07-01',
  legalBasis: {
    number: '125/QĐ-CTĐ (mẫu)',
    issuedOn: '2025-06-27',
    issuer: 'Ban Thường vụ Hội Chữ thập đỏ tỉnh An Giang (mẫu)',
  },
  summary:
    'Từ ngày 01/07/2025, cấp huyện không còn: các chỉ tiêu và báo cáo hằng năm Kế hoạch 48/KH-CTĐKG giao cho huyện, thành Hội nay giao cho Hội CTĐ xã, phường, đặc khu. (Văn bản mẫu cho bản trình diễn.)',
  changes: [],
};

export async function seedDemoAmendment(trx: Kysely<Database>): Promise<void> {
  const amendment = { ...REFORM_AMENDMENT, changes: reformChanges() };
  const row = await trx
    .insertInto('plan_amendments')
    .values({
      plan_id: BASE_PLAN.id,
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
