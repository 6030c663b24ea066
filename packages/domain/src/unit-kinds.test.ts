import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_STATE_LABELS,
  REPORT_STATUS_LABELS,
  ROLE_LABELS,
  t,
  translateSchemaMessage,
} from './index.js';
import { COMPLIANCE_STATES, REPORT_STATUSES, UNIT_KINDS, type UnitKind } from './types.js';
import {
  canParent,
  PROVINCE_TIME_ZONE,
  sortUnitsAsTree,
  UNIT_KIND_LABELS,
  UNIT_KIND_PLURALS,
} from './unit-kinds.js';

describe('unit kinds', () => {
  it('labels every kind in the plan’s words', () => {
    expect(UNIT_KIND_LABELS.district.vi).toBe('Huyện, thành Hội');
    expect(UNIT_KIND_LABELS.grassroots_province.vi).toBe('Hội CTĐ cơ sở trực thuộc tỉnh');
    expect(UNIT_KIND_PLURALS.district.vi).toBe('huyện, thành Hội');
    for (const kind of UNIT_KINDS) expect(UNIT_KIND_LABELS[kind].en).not.toBe('');
  });
  it('allows only the plan’s parent kinds', () => {
    expect(canParent(null, 'province')).toBe(true);
    expect(canParent(null, 'district')).toBe(false);
    expect(canParent('province', 'province')).toBe(false);
    expect(canParent('province', 'district')).toBe(true);
    expect(canParent('province', 'province_board')).toBe(true);
    expect(canParent('province', 'grassroots_province')).toBe(true);
    expect(canParent('district', 'grassroots')).toBe(true);
    // After the 1 July 2025 reform grassroots units hang directly under the province.
    expect(canParent('province', 'grassroots')).toBe(true);
    // Since then commune-level chapters sit under the province, grassroots units under them.
    expect(canParent('province', 'commune')).toBe(true);
    expect(canParent('commune', 'grassroots')).toBe(true);
    expect(canParent('district', 'commune')).toBe(false);
    expect(UNIT_KIND_LABELS.commune.vi).toBe('Hội CTĐ xã, phường, đặc khu');
    expect(canParent('district', 'district')).toBe(false);
    expect(canParent('grassroots', 'grassroots')).toBe(false);
  });
  it('uses Vietnam’s time zone', () => {
    expect(PROVINCE_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('labels', () => {
  it('labels every state, status and role in both languages', () => {
    for (const s of COMPLIANCE_STATES) expect(COMPLIANCE_STATE_LABELS[s].en).toBeTruthy();
    for (const s of REPORT_STATUSES) expect(REPORT_STATUS_LABELS[s].vi).toBeTruthy();
    expect(t(COMPLIANCE_STATE_LABELS.due_soon, 'vi')).toBe('Sắp đến hạn');
    expect(t(COMPLIANCE_STATE_LABELS.not_applicable)).toBe('Không áp dụng');
    expect(t(REPORT_STATUS_LABELS.returned, 'en')).toBe('Returned');
    expect(t(ROLE_LABELS.reviewer, 'vi')).toBe('Người duyệt');
  });
  it('translates schema messages and passes unknown ones through', () => {
    expect(translateSchemaMessage('Email không hợp lệ.', 'en')).toBe('Invalid email address.');
    expect(translateSchemaMessage('something else', 'en')).toBe('something else');
  });
});

describe('sortUnitsAsTree', () => {
  it('puts the province first, then boards, districts each followed by their communes', () => {
    const u = (id: string, kind: UnitKind, parentId: string | null, name: string) => ({
      id,
      kind,
      parentId,
      name,
    });
    const sorted = sortUnitsAsTree([
      u('g2', 'grassroots', 'd2', 'Phường B'),
      u('d2', 'district', 'p', 'Huyện Đông'),
      u('d1', 'district', 'p', 'Huyện An Biên'),
      u('b', 'province_board', 'p', 'Ban Tuyên huấn'),
      u('gp', 'grassroots_province', 'p', 'Trường Cao đẳng'),
      u('p', 'province', null, 'Tỉnh'),
      u('g1', 'grassroots', 'd2', 'Phường A'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['p', 'b', 'd1', 'd2', 'g1', 'g2', 'gp']);
  });
});
