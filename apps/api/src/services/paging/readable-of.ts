// Until the scope is asked per call (issue 11, the O(depth) scope), the middleware's loaded
// set is adapted to the form the paged services take: "which of these units may I read".
import type { ReadableUnits } from '../matrix/level-units.js';

/** Adapts a loaded set's membership test to the per-call "which of these may I read"
 *  form the paged services take, so they never depend on a set of every unit. */
export const readableOf =
  (isVisible: (unitId: string) => boolean): ReadableUnits =>
  async (unitIds) =>
    new Set(unitIds.filter(isVisible));
