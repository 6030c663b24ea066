// What the control channel lets a local CLI ask of the running server: the demo's 2025
// reform (`npm run demo:reform`) and a snapshot of the data (`npm run backup`).
import type { FastifyInstance } from 'fastify';
import { snapshotPglite } from '../backup/snapshot-pglite.js';
import type { DbHandle } from '../db/create-db.js';
import { reform2025AppliedOn } from '../seed/reform-2025-status.js';
import { apply2025Reform } from '../services/apply-2025-reform.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { sessionUserOfAdmin } from '../services/session-user-of-admin.js';
import type { ControlOperations } from './control-channel.js';

export function controlOperations(handle: DbHandle, app: FastifyInstance): ControlOperations {
  const { db, pglite } = handle;
  return {
    reform: async () => {
      const appliedOn = await reform2025AppliedOn(db);
      if (appliedOn) return { json: { alreadyAppliedOn: appliedOn } };
      const result = await apply2025Reform(db, await sessionUserOfAdmin(db));
      await sealAuditEvents(db);
      // The reform moves and closes units across the province: every public answer may change.
      const units = await db.selectFrom('units').select('id').execute();
      app.notifyFactsChanged(units.map((unit) => unit.id));
      return { json: result };
    },
    backup: async () => {
      if (!pglite) throw new Error('backup through the server is for PGlite only');
      return { bytes: await snapshotPglite(pglite) };
    },
  };
}
