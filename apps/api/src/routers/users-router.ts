// Accounts, administered by administrators only. No self sign-up exists anywhere.
import { ZCreateUserInput, ZUpdateUserInput } from '@lantoa/domain';
import { inviteMail } from '../notices/account-mail.js';
import { createUser } from '../services/create-user.js';
import { inviteUser } from '../services/invite-user.js';
import { listSignInAlerts } from '../services/list-sign-in-alerts.js';
import { updateUser } from '../services/update-user.js';
import { procedureFor, router } from '../trpc.js';

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
      .orderBy('u.email')
      .execute(),
  ),
  // Accounts under attack in the last 24 h (decision 8), for the notice on the users page.
  signInAlerts: procedureFor('user.manage').query(({ ctx }) =>
    listSignInAlerts(ctx.db, { visibleUnitIds: ctx.scope.unitIds, now: ctx.now }),
  ),
  create: procedureFor('user.manage')
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  // The invitee sets their own password from an emailed link (issue 13); `create` with a
  // password stays for deployments without SMTP.
  invite: procedureFor('user.manage')
    .input(ZCreateUserInput.omit({ password: true }))
    .mutation(async ({ ctx, input }) => {
      const { user, token } = await inviteUser(ctx.db, ctx.user, input, ctx.now);
      await ctx.mail.mailer.send(inviteMail(ctx.mail.linkOrigin, user, token));
      return { user, isDemoOutbox: ctx.mail.mailer.kind === 'demo' };
    }),
  update: procedureFor('user.manage')
    .input(ZUpdateUserInput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input)),
});
