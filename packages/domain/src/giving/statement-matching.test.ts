import { describe, expect, it } from 'vitest';
import { isPledgeReference, newPledgeReference } from './pledge-reference.js';
import { matchStatement, type OpenPledge, type StatementRow } from './statement-matching.js';

let seed = 0;
const fixedRandom = (count: number) =>
  new Uint8Array(count).map(() => {
    seed = (seed * 31 + 7) % 251;
    return seed;
  });
const anyRandom = (count: number) => Uint8Array.from({ length: count }, () => Math.random() * 256);
const ref = () => newPledgeReference(fixedRandom);

/** A code with one character changed, its check now wrong (a giver's typo). */
function typo(reference: string): string {
  const i = 4;
  const swapped = reference[i] === 'A' ? 'B' : 'A';
  return reference.slice(0, i) + swapped + reference.slice(i + 1);
}

describe('pledge references', () => {
  it('are LT + 8 code characters with a check that catches a one-character typo', () => {
    for (let n = 0; n < 200; n += 1) {
      const r = newPledgeReference(anyRandom);
      expect(r).toMatch(/^LT[0-9A-HJKMNP-TV-Z]{8}$/);
      expect(isPledgeReference(r)).toBe(true);
      expect(isPledgeReference(typo(r))).toBe(false);
    }
  });
});

describe('matching a bank statement', () => {
  const a: OpenPledge = { id: 'a', reference: ref(), amount: 200_000, isReceived: false };
  const b: OpenPledge = { id: 'b', reference: ref(), amount: null, isReceived: false };
  const c: OpenPledge = { id: 'c', reference: ref(), amount: 50_000, isReceived: true };
  const d: OpenPledge = { id: 'd', reference: ref(), amount: 100_000, isReceived: false };
  const e: OpenPledge = { id: 'e', reference: ref(), amount: 300_000, isReceived: false };
  const pledges = [a, b, c, d, e];
  const row = (rowNumber: number, amount: number, description: string, bankReference?: string) =>
    ({ rowNumber, date: '2026-11-20', amount, description, bankReference }) as StatementRow;

  const rows = [
    // How banks print memos: uppercased, split, with their own words around the code.
    row(
      1,
      200_000,
      `MBVCB.7712.${a.reference.slice(0, 5)} ${a.reference.slice(5)} UNG HO LU LUT`,
      'FT1',
    ),
    row(
      2,
      200_000,
      `MBVCB.7712.${a.reference.slice(0, 5)} ${a.reference.slice(5)} UNG HO LU LUT`,
      'FT1',
    ),
    row(3, 123_456, `${b.reference.toLowerCase()} ung ho`, 'FT2'),
    row(4, 50_000, `${c.reference} Ung ho`, 'FT3'),
    row(5, 90_000, `${d.reference} ung ho`, 'FT4'),
    row(6, 300_000, `${typo(e.reference)} ung ho`, 'FT5'),
    row(7, 10_000, 'CHUYEN TIEN AN TRUA', 'FT6'),
    row(8, -40_000, `${e.reference} phi`, 'FT7'),
    row(9, 70_000, `${b.reference} lan hai`, 'FT8'),
    row(10, 1_000, `${a.reference} ${d.reference}`, 'FT9'),
  ];
  const result = matchStatement(rows, pledges);
  const at = (n: number) => result[n - 1];

  it('matches a code through the bank’s own words, case and spacing', () => {
    expect(at(1)).toMatchObject({ outcome: 'matched', pledgeId: 'a' });
  });

  it('takes a pledge without an amount at the amount received', () => {
    expect(at(3)).toMatchObject({ outcome: 'matched', pledgeId: 'b' });
  });

  it('holds a duplicated row back, naming the first', () => {
    expect(at(2)).toMatchObject({ outcome: 'ambiguous', pledgeId: null });
    expect(at(2)?.reason.vi).toBe('Trùng với dòng 1');
  });

  it('asks a person about near misses: a typo, another amount, a second transfer, two codes', () => {
    expect(at(6)).toMatchObject({ outcome: 'ambiguous', candidateIds: ['e'] });
    expect(at(5)).toMatchObject({ outcome: 'ambiguous', candidateIds: ['d'] });
    expect(at(9)).toMatchObject({ outcome: 'ambiguous', candidateIds: ['b'] });
    expect(at(9)?.reason.en).toBe('Same code as row 3');
    expect(at(10)).toMatchObject({ outcome: 'ambiguous', candidateIds: ['a', 'd'] });
    expect(at(4)).toMatchObject({ outcome: 'ambiguous', candidateIds: ['c'] });
  });

  it('leaves rows without a code, and debits, unmatched', () => {
    expect(at(7)).toMatchObject({ outcome: 'unmatched', candidateIds: [] });
    expect(at(8)).toMatchObject({ outcome: 'unmatched' });
  });

  it('never matches one pledge twice', () => {
    const matched = result.filter((r) => r.outcome === 'matched').map((r) => r.pledgeId);
    expect(new Set(matched).size).toBe(matched.length);
    expect(matched).toEqual(['a', 'b']);
  });
});
