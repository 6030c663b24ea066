import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildVietQrPayload,
  crc16Ccitt,
  NAPAS_GUID,
  toVietQrMemo,
  VIETQR_MEMO_MAX,
} from './vietqr.js';

/** What a banking app does with a scanned code: read tag-length-value fields, refuse a bad
 *  length or CRC. Written from EMVCo MPM 4.7 independently of the builder. */
function parseTlv(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const id = text.slice(i, i + 2);
    const length = Number(text.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length)) throw new Error(`bad field at ${i}`);
    const value = text.slice(i + 4, i + 4 + length);
    if (value.length !== length) throw new Error(`field ${id} runs past the end`);
    fields.set(id, value);
    i += 4 + length;
  }
  return fields;
}

function scan(payload: string) {
  const root = parseTlv(payload);
  const crcAt = payload.length - 4;
  if (payload.slice(crcAt - 4, crcAt) !== '6304') throw new Error('CRC is not the last field');
  if (crc16Ccitt(payload.slice(0, crcAt)) !== root.get('63')) throw new Error('CRC mismatch');
  const account = parseTlv(root.get('38') ?? '');
  const beneficiary = parseTlv(account.get('01') ?? '');
  const extra = parseTlv(root.get('62') ?? '');
  return { root, account, beneficiary, memo: extra.get('08') };
}

describe('VietQR payload', () => {
  it('computes CRC-16/CCITT-FALSE: the standard check value of "123456789" is 29B1', () => {
    expect(crc16Ccitt('123456789')).toBe('29B1');
    expect(crc16Ccitt('')).toBe('FFFF');
  });

  it('carries NAPAS, the bank, the account, đồng, Vietnam, the amount and the memo', () => {
    const payload = buildVietQrPayload({
      bankBin: '970436',
      accountNumber: '0011001234567',
      amount: 200_000,
      memo: 'LT7K3Q9XA2 Ung ho lu lut',
    });
    const { root, account, beneficiary, memo } = scan(payload);
    expect(root.get('00')).toBe('01');
    expect(root.get('01')).toBe('12');
    expect(account.get('00')).toBe(NAPAS_GUID);
    expect(account.get('02')).toBe('QRIBFTTA');
    expect(beneficiary.get('00')).toBe('970436');
    expect(beneficiary.get('01')).toBe('0011001234567');
    expect(root.get('53')).toBe('704');
    expect(root.get('54')).toBe('200000');
    expect(root.get('58')).toBe('VN');
    expect(memo).toBe('LT7K3Q9XA2 Ung ho lu lut');
  });

  it('is reusable (11) and amount-free when the giver types the amount', () => {
    const { root } = scan(buildVietQrPayload({ bankBin: '970415', accountNumber: '113366668888' }));
    expect(root.get('01')).toBe('11');
    expect(root.has('54')).toBe(false);
    expect(root.has('62')).toBe(false);
  });

  it('a changed character breaks the CRC, so an app refuses a damaged code', () => {
    const payload = buildVietQrPayload({ bankBin: '970436', accountNumber: '123', amount: 5000 });
    const damaged = payload.replace('5000', '9000');
    expect(() => scan(damaged)).toThrow('CRC mismatch');
  });

  it('refuses what NAPAS would: a short BIN, a long account, a fractional amount, a long memo', () => {
    const ok = { bankBin: '970436', accountNumber: '123' };
    expect(() => buildVietQrPayload({ ...ok, bankBin: '97043' })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...ok, accountNumber: '1'.repeat(20) })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...ok, amount: 10.5 })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...ok, amount: 0 })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...ok, memo: 'x'.repeat(26) })).toThrow(RangeError);
    expect(() => buildVietQrPayload({ ...ok, memo: 'Ủng hộ' })).toThrow(RangeError);
  });

  it('any valid input gives a payload a bank app reads back exactly', () => {
    const memo = fc.string({ maxLength: 40 }).map((s) => toVietQrMemo(s));
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6}$/),
        fc.stringMatching(/^[A-Za-z0-9]{1,19}$/),
        fc.option(fc.integer({ min: 1, max: 9_999_999_999_999 }), { nil: undefined }),
        memo,
        (bankBin, accountNumber, amount, m) => {
          const parsed = scan(buildVietQrPayload({ bankBin, accountNumber, amount, memo: m }));
          expect(parsed.beneficiary.get('01')).toBe(accountNumber);
          expect(parsed.root.get('54')).toBe(amount === undefined ? undefined : String(amount));
          expect(parsed.memo).toBe(m === '' ? undefined : m);
        },
      ),
    );
  });
});

describe('a Vietnamese memo', () => {
  it('is folded to what banks keep and cut at a word within 25 characters', () => {
    const memo = toVietQrMemo('LT7K3Q9XA2 Ủng hộ đồng bào lũ lụt miền Trung');
    expect(memo).toBe('LT7K3Q9XA2 Ung ho dong');
    expect(memo.length).toBeLessThanOrEqual(VIETQR_MEMO_MAX);
    expect(toVietQrMemo('ĐOÀN  Thị—Hồng!')).toBe('DOAN Thi Hong');
  });

  it('never exceeds the limit nor leaves printable ASCII, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const memo = toVietQrMemo(text);
        expect(memo.length).toBeLessThanOrEqual(VIETQR_MEMO_MAX);
        expect(memo).toMatch(/^[A-Za-z0-9 ]*$/);
      }),
    );
  });
});
