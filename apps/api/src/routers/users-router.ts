// Accounts, administered by administrators only. No self sign-up exists anywhere.
import { ZCreateUserInput, ZRole, ZUpdateUserInput } from '@lantoa/domain';
import { z } from 'zod';
import { authorizeAccount } from '../access/authorize.js';
import { readableUnits } from '../access/readable-units.js';
import { notFound } from '../errors.js';
import { inviteMail } from '../notices/account-mail.js';
import { createUser } from '../services/create-user.js';
import { inviteUser } from '../services/invite-user.js';
import { listSignInAlerts } from '../services/list-sign-in-alerts.js';
import { listUsers } from '../services/list-users.js';
import { cursorOf, ZIdKey, ZPageLimit } from '../services/paging/page-cursor.js';
import { ZSearchText } from '../services/paging/text-search.js';
import { updateUser } from '../services/update-user.js';
import { procedureFor, router } from '../trpc.js';

// The key names its list, so another list's cursor is a 400 (decision 33); the email in it is
// only compared with, never cast.
const ZUsersQuery = z.object({
  search: ZSearchText,
  role: ZRole.optional(),
  cursor: cursorOf(z.tuple([z.literal('users'), z.string().max(320), ZIdKey])).optional(),
  limit: ZPageLimit,
});

const USER_NOT_FOUND = { vi: 'Không tìm thấy người dùng', en: 'User not found' };

export const usersRouter = router({
  list: procedureFor('user.manage')
    .input(ZUsersQuery.optional())
    .query(({ ctx, input }) =>
      listUsers(ctx.db, ctx.scope, {
        search: input?.search,
        role: input?.role,
        after: input?.cursor && [input.cursor[1], input.cursor[2]],
        limit: input?.limit ?? 50,
      }),
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
  // The invitee sets their own password from an emailed link (issue 13); `create` with a
  // password stays for deployments without SMTP.
  invite: procedureFor('user.manage')
    .input(ZCreateUserInput.omit({ password: true }))
    .mutation(async ({ ctx, input }) => {
      await authorizeAccount(ctx.db, ctx.scope, { unitIds: [input.unitId], roles: [input.role] });
      const { user, token } = await inviteUser(ctx.db, ctx.user, input, ctx.now);
      await ctx.mail.mailer.send(inviteMail(ctx.mail.linkOrigin, user, token));
      return { user, isDemoOutbox: ctx.mail.mailer.kind === 'demo' };
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
