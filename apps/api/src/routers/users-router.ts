// Accounts, administered by administrators only. No self sign-up exists anywhere.
import { ZCreateUserInput, ZUpdateUserInput } from '@lantoa/domain';
import { sql } from 'kysely';
import { authorizeAccount } from '../access/authorize.js';
import { readableUnits } from '../access/readable-units.js';
import { unitInScope } from '../access/unit-scope.js';
import { notFound } from '../errors.js';
import { createUser } from '../services/create-user.js';
import { listSignInAlerts } from '../services/list-sign-in-alerts.js';
import { updateUser } from '../services/update-user.js';
import { procedureFor, router } from '../trpc.js';

const USER_NOT_FOUND = { vi: 'Không tìm thấy người dùng', en: 'User not found' };

export const usersRouter = router({
  list: procedureFor('user.manage').query(({ ctx }) =>
    ctx.db
      .selectFrom('users as u')
      .innerJoin('units as un', 'un.id', 'u.unit_id')
      .select([
        'u.id',
        'u.email',
        'u.name',
        'u.role',
        'u.unit_id',
        'u.is_disabled',
        'u.version',
        'un.name as unitName',
        'un.code as unitCode',
      ])
      // Only the accounts of the administrator's own province (decision 20).
      .where(unitInScope('user.manage', ctx.user, sql.ref('u.unit_id'), ctx.today))
      .orderBy('u.email')
      .execute(),
  ),
  // Accounts under attack in the last 24 h (decision 8), for the notice on the users page.
  signInAlerts: procedureFor('user.manage').query(({ ctx }) =>
    listSignInAlerts(ctx.db, {
      readable: readableUnits(ctx.db, ctx.scope, 'user.manage'),
      now: ctx.now,
    }),
  ),
  create: procedureFor('user.manage')
    .input(ZCreateUserInput)
    .mutation(async ({ ctx, input }) => {
      await authorizeAccount(ctx.db, ctx.scope, { unitIds: [input.unitId], roles: [input.role] });
      return createUser(ctx.db, ctx.user, input);
    }),
  update: procedureFor('user.manage')
    .input(ZUpdateUserInput)
    .mutation(async ({ ctx, input }) => {
      const target = await ctx.db
        .selectFrom('users')
        .select(['unit_id', 'role'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!target) throw notFound(USER_NOT_FOUND);
      const unitIds = [target.unit_id, input.unitId ?? target.unit_id];
      const roles = [target.role, input.role];
      await authorizeAccount(ctx.db, ctx.scope, { unitIds, roles, notFound: USER_NOT_FOUND });
      return updateUser(ctx.db, ctx.user, input);
    }),
});
