// Reconciling a bank statement with pledges: each credit row is matched (exactly one open
// pledge's code, the amount agrees), ambiguous (a person must choose: a duplicate row, two
// codes, a code already received or already claimed by an earlier row, a different amount,
// a mistyped code) or unmatched. Nothing here applies anything: staff confirm first.
import type { Bilingual } from '../types.js';
import { findReferenceLikes, isNearMiss } from './pledge-reference.js';

export interface StatementRow {
  rowNumber: number;
  date: string;
  amount: number;
  description: string;
  bankReference?: string | undefined;
}

export interface OpenPledge {
  id: string;
  reference: string;
  /** The amount the giver chose, or null when they left it to the bank app. */
  amount: number | null;
  isReceived: boolean;
}

export type MatchOutcome = 'matched' | 'ambiguous' | 'unmatched';

export interface RowMatch {
  rowNumber: number;
  outcome: MatchOutcome;
  /** The pledge a matched row settles. */
  pledgeId: string | null;
  /** Pledges an ambiguous row may belong to, for a person to choose from. */
  candidateIds: string[];
  reason: Bilingual;
}

const why = (vi: string, en: string): Bilingual => ({ vi, en });

function rowKey(row: StatementRow): string {
  return [row.date, row.amount, row.description.trim(), row.bankReference ?? ''].join('|');
}

export function matchStatement(
  rows: readonly StatementRow[],
  pledges: readonly OpenPledge[],
): RowMatch[] {
  const byReference = new Map(pledges.map((p) => [p.reference, p]));
  const seenRows = new Map<string, number>();
  const claimedBy = new Map<string, number>();
  return rows.map((row) => {
    const base = { rowNumber: row.rowNumber, pledgeId: null, candidateIds: [] as string[] };
    const ambiguous = (reason: Bilingual, candidateIds: string[] = []): RowMatch => ({
      ...base,
      outcome: 'ambiguous',
      candidateIds,
      reason,
    });
    if (!(row.amount > 0)) {
      return {
        ...base,
        outcome: 'unmatched',
        reason: why('Không phải khoản nhận', 'Not a credit'),
      };
    }
    const key = rowKey(row);
    const earlier = seenRows.get(key);
    if (earlier !== undefined) {
      return ambiguous(why(`Trùng với dòng ${earlier}`, `Same as row ${earlier}`), []);
    }
    seenRows.set(key, row.rowNumber);
    const found = findReferenceLikes(row.description);
    const known = found.valid.map((r) => byReference.get(r)).filter((p) => p !== undefined);
    if (known.length > 1) {
      return ambiguous(
        why('Có nhiều mã ủng hộ', 'Several pledge codes'),
        known.map((p) => p.id),
      );
    }
    const pledge = known[0];
    if (!pledge) {
      const near = pledges.filter((p) =>
        [...found.valid, ...found.broken].some((r) => isNearMiss(r, p.reference)),
      );
      return near.length > 0
        ? ambiguous(
            why('Mã gần giống, có thể gõ nhầm', 'A near miss: possibly mistyped'),
            near.map((p) => p.id),
          )
        : { ...base, outcome: 'unmatched', reason: why('Không có mã ủng hộ', 'No pledge code') };
    }
    if (pledge.isReceived) {
      return ambiguous(why('Khoản ủng hộ này đã nhận', 'This pledge was already received'), [
        pledge.id,
      ]);
    }
    const claimant = claimedBy.get(pledge.id);
    if (claimant !== undefined) {
      return ambiguous(why(`Cùng mã với dòng ${claimant}`, `Same code as row ${claimant}`), [
        pledge.id,
      ]);
    }
    claimedBy.set(pledge.id, row.rowNumber);
    if (pledge.amount !== null && pledge.amount !== row.amount) {
      return ambiguous(why('Số tiền khác số đã đăng ký', 'The amount differs from the pledge'), [
        pledge.id,
      ]);
    }
    return {
      ...base,
      outcome: 'matched',
      pledgeId: pledge.id,
      reason: why('Khớp mã', 'Code matches'),
    };
  });
}
