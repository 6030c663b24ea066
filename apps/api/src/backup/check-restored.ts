// What a restore reports: every table's count and checksum, and the audit chain's verdict.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type AuditChainResult, verifyAuditChain } from '../services/verify-audit-chain.js';
import { fingerprintTables, type TableFingerprint } from './fingerprint-tables.js';

export interface RestoreCheck {
  tables: TableFingerprint[];
  audit: AuditChainResult;
}

export async function checkRestored(db: Kysely<Database>): Promise<RestoreCheck> {
  return { tables: await fingerprintTables(db), audit: await verifyAuditChain(db) };
}
