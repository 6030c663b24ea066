// Accounts under attack in the last 24 hours, for the administrators' users page: one row
// per account, from the audit events recordSignInAttack wrote, limited to the caller's scope.
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { SIGN_IN_ATTACK_ACTION } from './record-sign-in-attack.js';

export interface SignInAlertRow {
  userId: string;
  email: string;
  name: string;
  unitName: string;
  /** Failed sign-ins counted by the alerts of the period (a lower bound). */
  failures: number;
  /** Most distinct addresses an alert saw. */
  addresses: number;
  sampleAddresses: string[];
  lastAt: string;
}

interface AlertDetails {
  newFailures?: number;
  addresses?: number;
  sampleAddresses?: string[];
}

const PERIOD_MS = 24 * 3_600_000;
const MAX_EVENTS = 1000;

export async function listSignInAlerts(
  db: Kysely<Database>,
  options: { readable: Readable; now: Date },
): Promise<SignInAlertRow[]> {
  const events = await db
    .selectFrom('audit_event')
    .select(['entity_id', 'at', 'after'])
    .where('action', '=', SIGN_IN_ATTACK_ACTION)
    .where('at', '>', new Date(options.now.getTime() - PERIOD_MS))
    .orderBy('at', 'desc')
    .limit(MAX_EVENTS)
    .execute();
  const ids = [...new Set(events.map((e) => e.entity_id).filter((id) => id !== null))];
  if (ids.length === 0) return [];
  const users = await db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'u.email', 'u.name', 'u.unit_id', 'un.name as unitName'])
    .where('u.id', 'in', ids)
    .execute();
  const inReach = await options.readable(users.map((u) => u.unit_id));
  const rows = new Map<string, SignInAlertRow>();
  for (const user of users) {
    if (!inReach.has(user.unit_id)) continue;
    const { unit_id: _unit, id, ...rest } = user;
    rows.set(id, {
      userId: id,
      ...rest,
      failures: 0,
      addresses: 0,
      sampleAddresses: [],
      lastAt: '',
    });
  }
  // Newest first: the first event seen for an account gives its latest time and addresses.
  for (const event of events) {
    const row = event.entity_id ? rows.get(event.entity_id) : undefined;
    if (!row) continue;
    const details = parseDetails(event.after);
    row.failures += details.newFailures ?? 0;
    row.addresses = Math.max(row.addresses, details.addresses ?? 0);
    if (!row.lastAt) {
      row.lastAt = new Date(event.at).toISOString();
      row.sampleAddresses = details.sampleAddresses ?? [];
    }
  }
  return [...rows.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/** jsonb comes back parsed from PostgreSQL and PGlite alike; a string is parsed here. */
function parseDetails(after: unknown): AlertDetails {
  const value = typeof after === 'string' ? JSON.parse(after) : after;
  return value && typeof value === 'object' ? (value as AlertDetails) : {};
}
