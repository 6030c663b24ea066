// The signed-in user's own account: changing the password (the current one required).
import { ZChangePasswordInput } from '@lantoa/domain';
import { changePassword } from '../services/change-password.js';
import { procedureFor, router } from '../trpc.js';

export const accountRouter = router({
  changePassword: procedureFor('account.changePassword')
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, input, ctx.now)),
});
