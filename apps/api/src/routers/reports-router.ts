// Reports: cadres save and submit; reviewers approve, return or reopen.
import {
  ZAddCommentInput,
  ZCommentThreadInput,
  ZId,
  ZIndicatorCode,
  ZReviewReportInput,
  ZSaveReportInput,
  ZSubmitReportInput,
} from '@lantoa/domain';
import { z } from 'zod';
import { addComment } from '../services/comments/add-comment.js';
import { listComments } from '../services/comments/list-comments.js';
import { getReport } from '../services/get-report.js';
import { listReviewQueue } from '../services/list-review-queue.js';
import { reviewReport } from '../services/review-report.js';
import { saveReport } from '../services/save-report.js';
import { submitReport } from '../services/submit-report.js';
import { procedureFor, router, selfAuthenticatingProcedureFor } from '../trpc.js';

export const reportsRouter = router({
  get: procedureFor('report.read')
    .input(z.object({ reportId: ZId }))
    .query(({ ctx, input }) => getReport(ctx.db, ctx.scope, input.reportId)),
  // The hottest write authenticates, checks role and scope, writes and audits in ONE
  // statement (decision 7), so it starts from the session token, not a looked-up user.
  save: selfAuthenticatingProcedureFor('report.save')
    .input(ZSaveReportInput)
    .mutation(async ({ ctx, input }) => {
      const report = await saveReport(ctx.db, ctx.session, input, ctx.today, ctx.now);
      ctx.onFactsChanged([report.unitId]);
      return report;
    }),
  submit: procedureFor('report.submit')
    .input(ZSubmitReportInput)
    .mutation(async ({ ctx, input }) => {
      const report = await submitReport(ctx.db, ctx.user, ctx.scope, input);
      ctx.onFactsChanged([report.unitId]);
      return report;
    }),
  review: procedureFor('report.approve', 'report.return', 'report.reopen')
    .input(ZReviewReportInput)
    .mutation(async ({ ctx, input }) => {
      const report = await reviewReport(ctx.db, ctx.user, ctx.scope, input, ctx.now);
      ctx.onFactsChanged([report.unitId]);
      return report;
    }),
  reviewQueue: procedureFor('report.reviewQueue')
    .input(z.object({ indicator: ZIndicatorCode.optional() }).optional())
    .query(({ ctx, input }) => listReviewQueue(ctx.db, ctx.scope, input?.indicator)),
  comments: procedureFor('report.read')
    .input(ZCommentThreadInput)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.scope, 'report', input.id)),
  comment: procedureFor('report.comment')
    .input(ZAddCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.scope, 'report', input, ctx.now)),
});
