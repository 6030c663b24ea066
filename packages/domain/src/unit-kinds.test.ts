import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_STATE_LABELS,
  REPORT_STATUS_LABELS,
  ROLE_LABELS,
  t,
  translateSchemaMessage,
} from './index.js';
import { COMPLIANCE_STATES, REPORT_STATUSES, UNIT_KINDS } from './types.js';
import {
  canParent,
  PROVINCE_TIME_ZONE,
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
