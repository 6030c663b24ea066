// Facebook pages checked for real (decision 29): which of a unit's page records are
// connected and what the daily check found (everyone who reads the unit), and connecting,
// renewing the token and disconnecting (the province's administrators).
import { ZConnectFacebookInput, ZDisconnectFacebookInput, ZId, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';
import { connectFacebookPage } from '../services/connect-facebook-page.js';
import { disconnectFacebookPage } from '../services/disconnect-facebook-page.js';
import { listFacebookPages } from '../services/list-facebook-pages.js';
import { procedureFor, router } from '../trpc.js';

export const facebookRouter = router({
  ofUnit: procedureFor('unit.read')
    .input(z.object({ unitId: ZId, asOf: ZIsoDate.optional() }))
    .query(({ ctx, input }) =>
      listFacebookPages(ctx.db, ctx.readable, {
        unitId: input.unitId,
        asOf: input.asOf ?? ctx.today,
        isConfigured: ctx.facebook.cipher !== null,
      }),
    ),
  connect: procedureFor('facebook.connect')
    .input(ZConnectFacebookInput)
    .mutation(({ ctx, input }) =>
      connectFacebookPage(ctx.db, ctx.user, ctx.scope, ctx.facebook, input, ctx.now),
    ),
  disconnect: procedureFor('facebook.connect')
    .input(ZDisconnectFacebookInput)
    .mutation(({ ctx, input }) => disconnectFacebookPage(ctx.db, ctx.user, ctx.scope, input)),
});
