import { describe, expect, it } from 'vitest';
import {
  decreeDateLine,
  officialReportPeriodEnd,
  officialReportSubject,
  ZOfficialReportInput,
} from './official-report.js';

const valid = {
  unitId: 'u1',
  kind: 'annual',
  year: 2025,
  number: '15/BC-CTĐ',
  place: 'An Giang',
  issuedOn: '2026-01-05',
  signingAuthority: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  recipients: ['Trung ương Hội CTĐ Việt Nam'],
  assessment: 'Đánh giá',
  proposals: '',
};

describe('Decree 30 date line', () => {
  it('pads days below 10 and the months January and February only', () => {
    expect(decreeDateLine('An Giang', '2027-01-05')).toBe('An Giang, ngày 05 tháng 01 năm 2027');
    expect(decreeDateLine('An Giang', '2026-02-28')).toBe('An Giang, ngày 28 tháng 02 năm 2026');
    expect(decreeDateLine('Rạch Giá', '2026-03-09')).toBe('Rạch Giá, ngày 09 tháng 3 năm 2026');
    expect(decreeDateLine('An Giang', '2026-12-31')).toBe('An Giang, ngày 31 tháng 12 năm 2026');
  });
});

describe('official report input', () => {
  it('accepts a filled-in annual report and names its period end and subject', () => {
    expect(ZOfficialReportInput.parse(valid).number).toBe('15/BC-CTĐ');
    expect(officialReportPeriodEnd(2025)).toBe('2025-12-31');
    expect(officialReportSubject('annual', 2025)).toBe(
      'Kết quả thực hiện Kế hoạch số 48/KH-CTĐKG năm 2025',
    );
    expect(officialReportSubject('final', 2027)).toContain('Tổng kết');
  });

  it.each([
    ['a number without its symbol', { number: '15' }],
    ['no recipient', { recipients: [] }],
    ['a control character in the signer', { signerName: 'A\u0007B' }],
    ['a year outside the term', { year: 2019 }],
    ['an unknown kind', { kind: 'weekly' }],
  ])('refuses %s', (_label, change) => {
    expect(ZOfficialReportInput.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
