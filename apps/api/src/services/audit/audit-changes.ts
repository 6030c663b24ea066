// An audit event's before and after as the fields that changed, for people to read: one
// row per changed field, values as short text, personal data masked as on every other
// screen (emails and phones like ambassadors' contacts, addresses cut to their network),
// secrets never shown, and bookkeeping fields (versions, timestamps, ids) left out. Unit
// fields show the unit's name (audit-unit-names.ts), not its id, where the reader may see it;
// days read dd/MM/yyyy.
import { formatDateVi, isIsoDate } from '@lantoa/domain';
import { maskEmail, maskPhone } from '../ambassador-dto.js';
import { UNIT_FIELD } from './audit-unit-names.js';

export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const BOOKKEEPING = /^(id|version|seq|created_?at|updated_?at|updated_?by|created_?by|search)$/i;
const SECRET = /password|token|hash|secret/i;
const MAX_TEXT = 200;
const MAX_FIELDS = 30;

function maskAddress(address: string): string {
  if (address.includes(':')) return `${address.split(':').slice(0, 2).join(':')}:…`;
  const parts = address.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.•.•` : '•••';
}

/** A unit id's name, or null where it names no unit the reader may see. */
export type UnitNameOf = (unitId: string) => string | null;

/** One value as text, masked by what its field holds. */
function show(field: string, value: unknown, unitName?: UnitNameOf): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (unitName && UNIT_FIELD.test(field)) {
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0) return null;
    return ids.map((id) => (typeof id === 'string' && unitName(id)) || String(id)).join(', ');
  }
  // A day as the app writes days everywhere else (dd/MM/yyyy), not as it is stored.
  if (typeof value === 'string' && isIsoDate(value)) return formatDateVi(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/e-?mail/i.test(field)) return maskEmail(text);
  if (/phone/i.test(field)) return maskPhone(text);
  if (/^(address|ip)$/i.test(field)) return maskAddress(text);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

export const asRecord = (value: unknown): Record<string, unknown> | null => {
  if (typeof value === 'string') {
    try {
      return asRecord(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
};

export function auditChanges(
  before: unknown,
  after: unknown,
  unitName?: UnitNameOf,
): AuditChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (f) => !BOOKKEEPING.test(f) && !SECRET.test(f),
  );
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = show(field, b[field], unitName);
    const now = show(field, a[field], unitName);
    // Masks may hide a change (two emails alike once masked): compare the raw values.
    if (JSON.stringify(b[field] ?? null) === JSON.stringify(a[field] ?? null)) continue;
    changes.push({ field, before: was, after: now });
    if (changes.length === MAX_FIELDS) break;
  }
  return changes;
}
