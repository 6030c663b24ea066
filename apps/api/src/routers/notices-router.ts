// Notices: the bell (own notices, unread count, mark read), each user's preferences, and
// for administrators the deliveries page (sent, failed, resend), the demo outbox and the
// province's rules.
import {
  ZDeliveriesInput,
  ZMarkNoticesReadInput,
  ZResendDeliveryInput,
  ZSaveNoticePreferencesInput,
  ZSaveNoticeRulesInput,
} from '@lantoa/domain';
import { z } from 'zod';
import { listDeliveries } from '../services/list-deliveries.js';
import { countUnread, listMyNotices } from '../services/list-my-notices.js';
import { loadNoticeRules } from '../services/load-notice-rules.js';
import { markNoticesRead } from '../services/mark-notices-read.js';
import { getNoticePreferences, saveNoticePreferences } from '../services/notice-preferences.js';
import { resendDelivery } from '../services/resend-delivery.js';
import { saveNoticeRules } from '../services/save-notice-rules.js';
import { procedureFor, router } from '../trpc.js';

export const noticesRouter = router({
  mine: procedureFor('notice.readOwn').query(({ ctx }) =>
    listMyNotices(ctx.db, ctx.user, ctx.today),
  ),
  unreadCount: procedureFor('notice.readOwn').query(({ ctx }) =>
    countUnread(ctx.db, ctx.user, ctx.today),
  ),
  markRead: procedureFor('notice.readOwn')
    .input(z.union([ZMarkNoticesReadInput, z.object({ all: z.literal(true) })]))
    .mutation(async ({ ctx, input }) => ({
      marked: await markNoticesRead(
        ctx.db,
        ctx.user.id,
        'all' in input ? 'all' : input.ids,
        ctx.now,
      ),
    })),
  preferences: procedureFor('notice.readOwn').query(({ ctx }) =>
    getNoticePreferences(ctx.db, ctx.user.id),
  ),
  savePreferences: procedureFor('notice.readOwn')
    .input(ZSaveNoticePreferencesInput)
    .mutation(({ ctx, input }) => saveNoticePreferences(ctx.db, ctx.user, input)),
  deliveries: procedureFor('notice.manage')
    .input(ZDeliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, ctx.user, ctx.today, input)),
  resend: procedureFor('notice.manage')
    .input(ZResendDeliveryInput)
    .mutation(({ ctx, input }) =>
      resendDelivery(ctx.db, ctx.user, { ...input, today: ctx.today, now: ctx.now }),
    ),
  // Demo only: with SMTP configured nothing is written there and the page says so.
  demoOutbox: procedureFor('notice.manage').query(async ({ ctx }) => ({
    isSmtpConfigured: ctx.mail.mailer.kind === 'smtp',
    mails: await ctx.db
      .selectFrom('demo_outbox')
      .select([
        'id',
        'to_address as to',
        'subject',
        'text_body as text',
        'headers',
        'created_at as createdAt',
      ])
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute(),
  })),
  rules: procedureFor('notice.manage').query(({ ctx }) =>
    loadNoticeRules(ctx.db, ctx.scope.provinceId),
  ),
  saveRules: procedureFor('notice.manage')
    .input(ZSaveNoticeRulesInput)
    .mutation(({ ctx, input }) => saveNoticeRules(ctx.db, ctx.user, ctx.scope.provinceId, input)),
});
