// Access scope as database expressions over the dated ancestor table (migration 0007):
// every query that asks "may this user reach this unit?" uses unitInScope, the one-statement
// report save included, and services ask relationOf when they must explain a refusal. Both
// read the relations each role may act on from the domain policy; neither states a rule.
import {
  type Action,
  grantOf,
  type Relation,
  ROLES,
  type Role,
  relationsFor,
} from '@lantoa/domain';
import { type RawBuilder, sql } from 'kysely';

type Sql = RawBuilder<unknown>;

/** A user as SQL: parameters, or columns of the statement's own session lookup. */
export interface UserExpr {
  role: Role | Sql;
  unitId: string | Sql;
}

const validOn = (today: string) =>
  sql`s.valid_from <= ${today}::date AND (s.valid_to IS NULL OR s.valid_to > ${today}::date)`;

/** `ancestor` is `unit` itself (self), strictly above it (strict), or either (any), today. */
function isAtOrBelow(ancestor: Sql, unit: Sql, today: string, depth: 'self' | 'strict' | 'any') {
  const depthRule = { self: sql` AND s.depth = 0`, strict: sql` AND s.depth > 0`, any: sql`` };
  return sql<boolean>`EXISTS (SELECT 1 FROM unit_ancestors s WHERE s.unit_id = ${unit}
    AND s.ancestor_id = ${ancestor}${depthRule[depth]} AND ${validOn(today)})`;
}

/** Both units belong to the same province (tenant): two indexed reads of unit_tenants,
 *  whatever the number of units (decision 20). A closed unit belongs to the province that
 *  took it over, so a merged province's history stays with its successor. */
const inSameProvince = (userUnit: Sql, target: Sql) =>
  sql<boolean>`EXISTS (SELECT 1 FROM unit_tenants mt JOIN unit_tenants tt
    ON tt.tenant_id = mt.tenant_id WHERE mt.unit_id = ${userUnit} AND tt.unit_id = ${target})`;

const PROVINCE_WIDE: readonly Relation[] = ['own', 'descendant', 'ancestor', 'other'];

function relationsPredicate(relations: readonly Relation[], me: Sql, target: Sql, today: string) {
  const has = (relation: Relation) => relations.includes(relation);
  if (has('other-province') && PROVINCE_WIDE.every(has)) return sql<boolean>`TRUE`;
  if (PROVINCE_WIDE.every(has)) return inSameProvince(me, target);
  const terms: Sql[] = [];
  if (has('own') && has('descendant')) terms.push(isAtOrBelow(me, target, today, 'any'));
  else if (has('own')) terms.push(isAtOrBelow(me, target, today, 'self'));
  else if (has('descendant')) terms.push(isAtOrBelow(me, target, today, 'strict'));
  if (has('ancestor')) terms.push(isAtOrBelow(target, me, today, 'strict'));
  if (has('other'))
    terms.push(sql`(${inSameProvince(me, target)} AND NOT ${isAtOrBelow(me, target, today, 'any')}
      AND NOT ${isAtOrBelow(target, me, today, 'strict')})`);
  if (has('other-province')) terms.push(sql`NOT ${inSameProvince(me, target)}`);
  return terms.length > 0 ? sql<boolean>`(${sql.join(terms, sql` OR `)})` : sql<boolean>`FALSE`;
}

/** The role's grant as SQL: the unit's relation, and the record's state when given. */
function grantPredicate(
  role: Role,
  action: Action,
  me: Sql,
  target: Sql,
  today: string,
  state?: Sql,
) {
  const grant = grantOf(role, action);
  if (!grant) return sql<boolean>`FALSE`;
  const onUnit = relationsPredicate(grant.relations, me, target, today);
  if (!state || !grant.states) return onUnit;
  const states = grant.states.filter((s) => s !== 'new').map((s) => sql.lit(s));
  return states.length > 0
    ? sql<boolean>`(${onUnit} AND ${state} IN (${sql.join(states)}))`
    : sql<boolean>`FALSE`;
}

/**
 * True when `user` may do `action` on the unit `target` (an SQL expression: a column or a
 * parameter) as of `today`, and, given `state` (the record's status column), on a record
 * in that state; per the policy's grant for the user's role. With the role a column, one
 * branch per role the policy grants the action to.
 */
export function unitInScope(
  action: Action,
  user: UserExpr,
  target: Sql,
  today: string,
  state?: Sql,
): RawBuilder<boolean> {
  const me = typeof user.unitId === 'string' ? sql`${user.unitId}::uuid` : user.unitId;
  const { role } = user;
  if (typeof role === 'string') return grantPredicate(role, action, me, target, today, state);
  const branches = ROLES.filter((r) => grantOf(r, action)).map(
    (r) =>
      sql`(${role} = ${sql.lit(r)} AND ${grantPredicate(r, action, me, target, today, state)})`,
  );
  return branches.length > 0
    ? sql<boolean>`(${sql.join(branches, sql` OR `)})`
    : sql<boolean>`FALSE`;
}

/** Where `target` stands from the user's unit as of `today`: the policy's relation. */
export function relationOf(userUnitId: string, target: Sql, today: string): RawBuilder<Relation> {
  const me = sql`${userUnitId}::uuid`;
  return sql<Relation>`CASE
    WHEN ${isAtOrBelow(me, target, today, 'self')} THEN 'own'
    WHEN ${isAtOrBelow(me, target, today, 'strict')} THEN 'descendant'
    WHEN ${isAtOrBelow(target, me, today, 'strict')} THEN 'ancestor'
    WHEN ${inSameProvince(me, target)} THEN 'other'
    ELSE 'other-province' END`;
}

/** The roles the policy lets do `action` somewhere, as an SQL list of literals. */
export const rolesGranted = (action: Action) =>
  sql.join(ROLES.filter((r) => relationsFor(r, action).length > 0).map((r) => sql.lit(r)));
