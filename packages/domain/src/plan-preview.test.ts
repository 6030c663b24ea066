import { describe, expect, it } from 'vitest';
import { planInForce } from './plan-amendments.js';
import { BASE_PLAN } from './plan-definition.js';
import { previewPlanChange } from './plan-preview.js';
import { fact, makeUnit } from './test-factories.js';

const UNITS = [
  makeUnit({ id: 'ag', kind: 'province', parentId: null }),
  makeUnit({ id: 'd1', kind: 'district', parentId: 'ag' }),
  makeUnit({ id: 'c1', kind: 'commune', parentId: 'ag' }),
  makeUnit({ id: 'c2', kind: 'commune', parentId: 'ag' }),
];

describe('previewPlanChange', () => {
  it('says which units gain or lose which indicators and how the roll-ups move', () => {
    const after = planInForce(
      BASE_PLAN,
      [
        {
          id: 'a',
          recordedAt: '2026-01-01T00:00:00.000Z',
          effectiveOn: '2025-07-01',
          legalBasis: { number: '1/QĐ (mẫu)', issuedOn: '2025-06-20', issuer: 'Hội CTĐ tỉnh' },
          summary: 'Mẫu',
          changes: [
            {
              type: 'set_unit_kinds',
              indicator: 'CT-01',
              appliesTo: ['commune'],
              rollupKinds: ['commune'],
            },
          ],
        },
      ],
      '2025-07-01',
    );
    const preview = previewPlanChange({
      units: UNITS,
      facts: [fact.session('c1', '2025-07-01'), fact.session('d1', '2024-01-20')],
      rootId: 'ag',
      effectiveOn: '2025-07-01',
      before: BASE_PLAN,
      after,
    });
    expect(preview.units.map((u) => [u.unit.id, u.gains, u.loses])).toEqual([
      ['d1', [], ['CT-01']],
      ['c1', ['CT-01'], []],
      ['c2', ['CT-01'], []],
    ]);
    expect(preview.rollups).toHaveLength(1);
    expect(preview.rollups[0]?.before?.label.vi).toBe('1/1 huyện, thành Hội (100%)');
    expect(preview.rollups[0]?.after?.label.vi).toBe('1/2 Hội CTĐ xã, phường, đặc khu (50%)');
  });
});
