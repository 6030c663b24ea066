// Factories for API answers; each test builds the data it needs from these.
import { type ComplianceState, INDICATORS } from '@lantoa/domain';
import type { SessionUser } from '../lib/auth';
import type { AmbassadorDetail, Matrix, Report, Story } from '../lib/types';

export const PROVINCE = {
  id: 'u-kg',
  code: 'kg',
  name: 'Hội Chữ thập đỏ tỉnh Kiên Giang',
  kind: 'province' as const,
  parentId: null,
  openedOn: '2020-01-01',
  closedOn: null,
  isSample: false,
};
export const RACH_GIA = {
  ...PROVINCE,
  id: 'u-rg',
  code: 'kg-rach-gia',
  name: 'Hội CTĐ thành phố Rạch Giá',
  kind: 'district' as const,
  parentId: 'u-kg',
};

export function user(role: SessionUser['role'] = 'admin'): SessionUser {
  return {
    id: 'user-1',
    email: `${role}@demo.lantoa.vn`,
    name: `Người ${role}`,
    role,
    unit: { id: 'u-kg', code: 'kg', name: PROVINCE.name },
  };
}

export function matrix(year = 2025): Matrix {
  const cell = (state: ComplianceState) => ({
    state,
    reason: { vi: `Lý do ${state}`, en: `Reason ${state}` },
    periodKey: String(year),
    due: `${year}-12-31`,
  });
  return {
    asOf: `${year}-06-01`,
    root: PROVINCE,
    indicators: INDICATORS.map((i) => ({
      code: i.code,
      shortTitle: i.shortTitle,
      title: i.title,
      period: { key: String(year), start: `${year}-01-01`, due: `${year}-12-31` },
    })),
    path: [],
    self: { unit: PROVINCE, cells: { 'CT-02': cell('met'), 'CT-01': cell('not_applicable') } },
    rows: [
      {
        unit: { ...RACH_GIA, hasChildren: true },
        cells: {
          'CT-01': cell('overdue'),
          'CT-02': cell('pending_review'),
          'CT-03': cell('due_soon'),
        },
        rollups: { 'CT-01': { met: 3, applicable: 4 } },
      },
    ],
    childCount: 1,
    nextCursor: null,
    rollups: [
      {
        rootId: 'u-kg',
        indicator: 'CT-01',
        periodKey: '2022-2027',
        kind: 'district',
        applicable: 15,
        met: 12,
        share: 0.8,
        label: { vi: '12/15 huyện, thành Hội (80%)', en: '12/15 district chapters (80%)' },
      },
    ],
  } as unknown as Matrix;
}

export function report(over: Partial<Report> = {}): Report {
  return {
    id: 'r-1',
    unitId: 'u-rg',
    indicator: 'CT-03',
    periodKey: 'by-2025',
    status: 'draft',
    claimsMet: true,
    value: null,
    note: 'Ghi chú cũ',
    links: [],
    reviewComment: null,
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    createdBy: 'user-1',
    updatedBy: 'user-1',
    updatedAt: '2025-05-01T03:00:00.000Z',
    version: 1,
    files: [],
    ...over,
  };
}

export function story(over: Partial<Story> = {}): Story {
  return {
    id: 's-1',
    unitId: 'u-rg',
    unitName: 'Hội CTĐ phường Rạch Giá',
    slug: 'tam-long-vang-abc123',
    title: 'Tấm lòng vàng ở Rạch Giá',
    summary: 'Một câu chuyện nhân ái.',
    bodyHtml: '<p>Nội dung bài viết.</p>',
    coverImageUrl: null,
    tags: ['nhân ái'],
    status: 'draft',
    publishedAt: null,
    reviewComment: null,
    authorId: 'user-1',
    updatedBy: 'user-1',
    version: 1,
    updatedAt: '2025-05-01T03:00:00.000Z',
    ...over,
  };
}

export function ambassador(over: Partial<AmbassadorDetail> = {}): AmbassadorDetail {
  return {
    id: 'a-1',
    name: 'Ca sĩ Minh Anh (mẫu)',
    field: 'singer',
    channels: [{ platform: 'Facebook', url: 'https://facebook.com/minhanh', followers: 120000 }],
    photoUrl: null,
    contactEmail: 'minhanh@example.vn',
    contactPhone: '0912 345 678',
    isContactMasked: false,
    status: 'active',
    termFrom: '2025-01-01',
    termTo: '2027-12-31',
    isErased: false,
    version: 1,
    units: [{ id: 'u-kg', code: 'kg', name: PROVINCE.name, program: 'Tháng Nhân đạo' }],
    appearances: [],
    consents: [],
    ...over,
  } as AmbassadorDetail;
}
