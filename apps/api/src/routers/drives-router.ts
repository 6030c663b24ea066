// Registration drives for staff: raise and edit them (volunteers, a blood-donation day, an
// event), see who registered, and answer a registrant's requests to see or erase their data
// (decision 28). Each procedure's action is the policy's; services check the drive's unit.
import { can, ZDriveInput, ZId } from '@lantoa/domain';
import { z } from 'zod';
import { listDriveRegistrations, listDrives } from '../services/list-drives.js';
import { loadDriveFor } from '../services/load-drive-for.js';
import {
  eraseRegistration,
  exportRegistrationData,
} from '../services/registration-personal-data.js';
import { saveDrive } from '../services/save-drive.js';
import { procedureFor, router } from '../trpc.js';

const ZDriveRef = z.object({ driveId: ZId });
const ZRegistrationRef = z.object({ registrationId: ZId });

export const drivesRouter = router({
  list: procedureFor('drive.read').query(({ ctx }) => listDrives(ctx.db, ctx.scope)),
  save: procedureFor('drive.manage')
    .input(ZDriveInput)
    .mutation(async ({ ctx, input }) => {
      const drive = await saveDrive(ctx.db, ctx.scope, input);
      ctx.onFactsChanged([drive.unitId]);
      return drive;
    }),
  registrations: procedureFor('drive.read')
    .input(ZDriveRef)
    .query(async ({ ctx, input }) => {
      await loadDriveFor(ctx.db, ctx.scope, 'drive.read', input.driveId);
      // Whoever reads a drive with a role that sees contacts reaches them too: the policy
      // grants registration.seeContacts over the same units as drive.read for those roles.
      const canSee = can({ role: ctx.user.role, action: 'registration.seeContacts' });
      return listDriveRegistrations(ctx.db, input.driveId, canSee);
    }),
  exportRegistrationData: procedureFor('registration.seeContacts')
    .input(ZRegistrationRef)
    .query(({ ctx, input }) => exportRegistrationData(ctx.db, ctx.scope, input.registrationId)),
  eraseRegistration: procedureFor('registration.erase')
    .input(ZRegistrationRef)
    .mutation(async ({ ctx, input }) => {
      const result = await eraseRegistration(ctx.db, ctx.scope, input.registrationId);
      ctx.onFactsChanged([result.unitId]);
      return { id: result.id, erased: result.erased };
    }),
});
