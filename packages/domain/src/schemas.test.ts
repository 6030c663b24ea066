import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS, isCommonPassword } from './common-passwords.js';
import { translateSchemaMessage } from './schema-messages.js';
import {
  ZCloseUnitInput,
  ZCreateUnitInput,
  ZCreateUserInput,
  ZEmail,
  ZEvidenceLink,
  ZIndicatorCode,
  ZIsoDate,
  ZMatrixInput,
  ZMoveUnitInput,
  ZPassword,
  ZPeriodKey,
  ZRenameUnitInput,
  ZReviewReportInput,
  ZRole,
  ZSaveReportInput,
  ZSignInInput,
  ZSubmitReportInput,
  ZUnitCode,
  ZUpdateUserInput,
  ZViDate,
} from './schemas.js';

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe('primitives', () => {
  it('dates', () => {
    expect(ZIsoDate.safeParse('2025-12-31').success).toBe(true);
    expect(firstMessage(ZIsoDate.safeParse('2025-02-30'))).toBe(
      'Ngày không hợp lệ (định dạng yyyy-MM-dd).',
    );
    expect(ZViDate.parse('10/01/2025')).toBe('2025-01-10');
    expect(ZViDate.safeParse('31/02/2025').success).toBe(false);
  });
  it('codes and keys', () => {
    expect(ZUnitCode.safeParse('kg-u-minh-thuong').success).toBe(true);
    for (const bad of ['k', 'KG', 'kg_1', '-kg', 'kg-', 'kg--a', 'rạch-giá', 'a'.repeat(65)]) {
      expect(ZUnitCode.safeParse(bad).success).toBe(false);
    }
    expect(ZIndicatorCode.safeParse('CT-08').success).toBe(true);
    expect(firstMessage(ZIndicatorCode.safeParse('CT-09'))).toBe(
      'Mã chỉ tiêu không hợp lệ (CT-01 đến CT-08).',
    );
    for (const k of ['2025', '2022-2027', 'by-2025'])
      expect(ZPeriodKey.safeParse(k).success).toBe(true);
    expect(ZPeriodKey.safeParse('by2025').success).toBe(false);
    expect(ZRole.safeParse('cadre').success).toBe(true);
    expect(ZRole.safeParse('root').success).toBe(false);
  });
  it('emails are trimmed and lowercased', () => {
    expect(ZEmail.parse('  Can.Bo@KienGiang.VN ')).toBe('can.bo@kiengiang.vn');
    expect(firstMessage(ZEmail.safeParse('not-an-email'))).toBe('Email không hợp lệ.');
  });
});

describe('passwords', () => {
  it('accepts a long uncommon password', () => {
    expect(ZPassword.safeParse('Lan-toa nhân đạo 2025').success).toBe(true);
  });
  it('refuses common passwords whatever their case', () => {
    for (const p of ['12345678', 'password', 'MatKhau123', 'QWERTYUIOP']) {
      expect(firstMessage(ZPassword.safeParse(p))).toBe(
        'Mật khẩu quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác.',
      );
    }
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
    expect(isCommonPassword('Chuthapdo123')).toBe(true);
  });
  it('enforces 8–128 characters, in Vietnamese and English', () => {
    const short = firstMessage(ZPassword.safeParse('x7#kq'));
    expect(short).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    expect(translateSchemaMessage(short ?? '', 'en')).toBe(
      'The password needs at least 8 characters.',
    );
    expect(ZPassword.safeParse('x'.repeat(129)).success).toBe(false);
  });
});

describe('user inputs', () => {
  it('sign-in only needs a password to be present', () => {
    expect(ZSignInInput.safeParse({ email: 'a@b.vn', password: '123' }).success).toBe(true);
    expect(ZSignInInput.safeParse({ email: 'a@b.vn', password: '' }).success).toBe(false);
  });
  it('creates and updates users', () => {
    const user = {
      email: 'A@B.VN',
      name: ' Võ Hoàng Đông ',
      role: 'reviewer',
      unitId: 'u1',
      password: 'một mật khẩu dài',
    };
    expect(ZCreateUserInput.parse(user)).toMatchObject({ email: 'a@b.vn', name: 'Võ Hoàng Đông' });
    expect(ZCreateUserInput.safeParse({ ...user, password: 'password1' }).success).toBe(false);
    expect(ZCreateUserInput.safeParse({ ...user, role: 'owner' }).success).toBe(false);
    expect(ZUpdateUserInput.safeParse({ id: 'u1', version: 3, isDisabled: true }).success).toBe(
      true,
    );
    expect(ZUpdateUserInput.safeParse({ id: 'u1', version: 1.5 }).success).toBe(false);
  });
});

describe('report inputs', () => {
  const report = {
    unitId: 'kg-d1',
    indicator: 'CT-03',
    periodKey: 'by-2025',
    claimsMet: true,
    links: [{ url: 'https://facebook.com/ctd.anbien', label: 'Fanpage' }],
    version: null,
  };
  it('accepts a good report and fills defaults', () => {
    expect(ZSaveReportInput.parse(report)).toMatchObject({ note: '', version: null });
  });
  it('refuses bad links, long notes, too many links and foreign periods', () => {
    const bad = (links: unknown) => ZSaveReportInput.safeParse({ ...report, links }).success;
    expect(bad([{ url: 'javascript:alert(1)', label: '' }])).toBe(false);
    expect(bad([{ url: 'ftp://x.vn/a', label: '' }])).toBe(false);
    expect(bad([{ url: `https://x.vn/${'a'.repeat(2048)}`, label: '' }])).toBe(false);
    expect(bad(Array.from({ length: 21 }, () => report.links[0]))).toBe(false);
    expect(ZSaveReportInput.safeParse({ ...report, note: 'x'.repeat(5001) }).success).toBe(false);
    // Which periods an indicator has is the plan in force's question (report-plan.test.ts):
    // the schema checks only the shapes of the code and the period key.
    expect(ZSaveReportInput.safeParse({ ...report, indicator: 'CT-09' }).success).toBe(true);
    const badCode = ZSaveReportInput.safeParse({ ...report, indicator: 'CT9' });
    expect(firstMessage(badCode)).toBe('Mã chỉ tiêu có dạng CT-nn (ví dụ CT-09).');
    expect(ZEvidenceLink.safeParse({ url: 'http://x.vn', label: 'y'.repeat(201) }).success).toBe(
      false,
    );
  });
  it('requires a comment to return a report', () => {
    expect(ZSubmitReportInput.safeParse({ reportId: 'r1', version: 2 }).success).toBe(true);
    expect(
      ZReviewReportInput.safeParse({ reportId: 'r1', version: 2, decision: 'approve' }).success,
    ).toBe(true);
    const noComment = ZReviewReportInput.safeParse({
      reportId: 'r1',
      version: 2,
      decision: 'return',
      comment: '  ',
    });
    expect(firstMessage(noComment)).toBe('Vui lòng ghi nhận xét khi trả lại báo cáo.');
    expect(
      ZReviewReportInput.safeParse({ reportId: 'r1', version: 2, decision: 'reject' }).success,
    ).toBe(false);
  });
});

describe('unit inputs', () => {
  it('creates units with a parent unless they are the province', () => {
    const unit = {
      code: 'kg-an-bien',
      name: 'Hội CTĐ huyện An Biên',
      kind: 'district',
      parentId: 'kg',
      openedOn: '2000-01-01',
    };
    expect(ZCreateUnitInput.safeParse(unit).success).toBe(true);
    expect(ZCreateUnitInput.safeParse({ ...unit, parentId: null }).success).toBe(false);
    expect(ZCreateUnitInput.safeParse({ ...unit, kind: 'province', parentId: null }).success).toBe(
      true,
    );
    expect(ZCreateUnitInput.safeParse({ ...unit, kind: 'commune' }).success).toBe(true);
    expect(ZCreateUnitInput.safeParse({ ...unit, kind: 'hamlet' }).success).toBe(false);
  });
  it('renames, moves and closes', () => {
    const rename = { unitId: 'u', version: 0, name: 'X', effectiveOn: '2026-07-01' };
    expect(ZRenameUnitInput.safeParse(rename).success).toBe(true);
    // A rename is dated: without its day it is refused.
    expect(ZRenameUnitInput.safeParse({ ...rename, effectiveOn: undefined }).success).toBe(false);
    expect(
      ZMoveUnitInput.safeParse({
        unitId: 'u',
        version: 1,
        parentId: 'ag',
        effectiveOn: '2025-07-01',
      }).success,
    ).toBe(true);
    expect(
      ZMoveUnitInput.safeParse({
        unitId: 'u',
        version: 1,
        parentId: 'u',
        effectiveOn: '2025-07-01',
      }).success,
    ).toBe(false);
    expect(
      ZCloseUnitInput.safeParse({
        unitId: 'u',
        version: 1,
        closedOn: '2025-06-30',
        mergedIntoId: 'ag',
      }).success,
    ).toBe(true);
    expect(
      ZCloseUnitInput.safeParse({
        unitId: 'u',
        version: 1,
        closedOn: '2025-06-30',
        mergedIntoId: 'u',
      }).success,
    ).toBe(false);
    expect(ZMatrixInput.safeParse({}).success).toBe(true);
    expect(ZMatrixInput.safeParse({ asOf: '01/07/2025' }).success).toBe(false);
  });
});
