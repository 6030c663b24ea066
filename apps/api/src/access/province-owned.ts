// Rows a province owns rather than a unit (campaigns, ambassadors: migration 0010) are in
// reach through their province_id: the caller's province's rows, every province's for a
// grant that reaches other provinces (Central reading), and Central's own rows (NULL) for
// every reader. The same relations of the same policy as unitInScope (decision 20).
import { type Action, relationsFor } from '@lantoa/domain';
import { type RawBuilder, sql } from 'kysely';
import type { Scope } from './get-scope.js';

type Who = Pick<Scope, 'user' | 'provinceId'>;

export function ownedInScope(
  action: Action,
  scope: Who,
  provinceColumn: RawBuilder<unknown>,
  options: { isCentralShared?: boolean } = {},
): RawBuilder<boolean> {
  const relations = relationsFor(scope.user.role, action);
  if (relations.includes('other-province')) return sql<boolean>`TRUE`;
  // A province's row has no unit below the province: any in-province grant reaches it.
  if (relations.length === 0) return sql<boolean>`FALSE`;
  const mine = sql<boolean>`${provinceColumn} = ${scope.provinceId}::uuid`;
  return options.isCentralShared ? sql<boolean>`(${mine} OR ${provinceColumn} IS NULL)` : mine;
}
