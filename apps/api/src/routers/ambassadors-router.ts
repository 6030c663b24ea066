// KOL ambassadors (đại sứ thương hiệu). The province board manages them; other roles read
// profiles with contact details masked.
import {
  can,
  ZAddAppearanceInput,
  ZId,
  ZRecordConsentInput,
  ZSaveAmbassadorInput,
  ZWithdrawConsentInput,
} from '@lantoa/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { ownedInScope } from '../access/province-owned.js';
import { notFound } from '../errors.js';
import { addAppearance } from '../services/add-ambassador-appearance.js';
import { toAmbassadorDto } from '../services/ambassador-dto.js';
import { assertAmbassadorInScope } from '../services/ambassador-guards.js';
import { eraseAmbassador } from '../services/erase-ambassador.js';
import { exportAmbassadorData } from '../services/export-ambassador-data.js';
import { recordConsent } from '../services/record-ambassador-consent.js';
import { saveAmbassador } from '../services/save-ambassador.js';
import { withdrawConsent } from '../services/withdraw-ambassador-consent.js';
import { procedureFor, type Role, router } from '../trpc.js';

const MANAGE = 'ambassador.manage';
const canSeeContacts = (role: Role) => can({ role, action: 'ambassador.seeContacts' });

export const ambassadorsRouter = router({
  list: procedureFor('ambassador.read').query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('ambassadors')
      .selectAll()
      .where(ownedInScope('ambassador.read', ctx.scope, sql.ref('province_id')))
      .orderBy('name')
      .limit(1000)
      .execute();
    return rows.map((row) => toAmbassadorDto(row, canSeeContacts(ctx.user.role)));
  }),
  get: procedureFor('ambassador.read')
    .input(z.object({ id: ZId }))
    .query(async ({ ctx, input }) => {
      const row = await ctx.db
        .selectFrom('ambassadors')
        .selectAll()
        .where('id', '=', input.id)
        .where(ownedInScope('ambassador.read', ctx.scope, sql.ref('province_id')))
        .executeTakeFirst();
      if (!row) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
      const [units, appearances, consents] = await Promise.all([
        ctx.db
          .selectFrom('ambassador_units as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select(['u.id', 'u.code', 'u.name', 'a.program'])
          .where('a.ambassador_id', '=', row.id)
          .execute(),
        ctx.db
          .selectFrom('ambassador_appearances')
          .selectAll()
          .where('ambassador_id', '=', row.id)
          .orderBy('appeared_on', 'desc')
          .execute(),
        canSeeContacts(ctx.user.role)
          ? ctx.db
              .selectFrom('ambassador_consents')
              .selectAll()
              .where('ambassador_id', '=', row.id)
              .orderBy('consented_on', 'desc')
              .execute()
          : Promise.resolve([]),
      ]);
      return {
        ...toAmbassadorDto(row, canSeeContacts(ctx.user.role)),
        units,
        appearances,
        consents,
      };
    }),
  save: procedureFor('ambassador.manage')
    .input(ZSaveAmbassadorInput)
    .mutation(({ ctx, input }) => saveAmbassador(ctx.db, ctx.user, ctx.scope, input)),
  addAppearance: procedureFor('ambassador.manage')
    .input(ZAddAppearanceInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.ambassadorId });
      return addAppearance(ctx.db, ctx.user, input);
    }),
  recordConsent: procedureFor('ambassador.manage')
    .input(ZRecordConsentInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.ambassadorId });
      return recordConsent(ctx.db, ctx.user, input);
    }),
  withdrawConsent: procedureFor('ambassador.manage')
    .input(ZWithdrawConsentInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { consentId: input.consentId });
      return withdrawConsent(ctx.db, ctx.user, input);
    }),
  exportData: procedureFor('ambassador.manage')
    .input(z.object({ id: ZId }))
    .query(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.id });
      return exportAmbassadorData(ctx.db, input.id);
    }),
  erase: procedureFor('ambassador.erase')
    .input(z.object({ id: ZId }))
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, 'ambassador.erase', { id: input.id });
      return eraseAmbassador(ctx.db, ctx.user, input);
    }),
});
