// The amendment a province would record with the 1 July 2025 reform: what plan 48 asked
// of districts (CT-01 to CT-06, and the yearly reports) falls to commune-level chapters
// from that day. Its legal basis is a sample, marked "(mẫu)"; figures before it stay.
// The demo records it with the reform (apply-2025-reform.ts), not before: without the
// reform the demo has districts, and the amendment would leave them without duties.
import { BASE_PLAN, type PlanAmendmentInput, type PlanChange, type UnitKind } from '@lantoa/domain';

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

/** The amendment with its changes, computed from the base plan. */
export const reform2025Amendment = (): PlanAmendmentInput => ({
  ...REFORM_AMENDMENT,
  changes: reformChanges(),
});
