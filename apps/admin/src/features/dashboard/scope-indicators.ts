// Which of the plan's indicators the dashboard speaks about for a subtree. A district's
// matrix still carries the province-only indicators (CT-07, CT-08) with roll-ups of 0/0;
// shown as "0/0 Hội CTĐ tỉnh (—)" they read as a failure, so the dashboard names them once
// as counting no unit here instead.
import type { Matrix } from '../../lib/types';

/** Codes whose roll-up counts no unit in the matrix's subtree, in plan order. */
export function codesCountingNoUnit(matrix: Matrix): string[] {
  return matrix.rollups.filter((r) => r.applicable === 0).map((r) => r.indicator);
}
