// Official reports (Decree 30 .docx): generate and keep one, list those kept. The file
// itself is downloaded over HTTP (/exports/official-reports/:id, http/export-routes.ts).
import { ZOfficialReportInput } from '@lantoa/domain';
import { z } from 'zod';
import { generateOfficialReport } from '../services/official-reports/generate-official-report.js';
import { listOfficialReports } from '../services/official-reports/list-official-reports.js';
import { procedureFor, router } from '../trpc.js';

export const officialReportsRouter = router({
  generate: procedureFor('officialReport.generate')
    .input(ZOfficialReportInput)
    .mutation(({ ctx, input }) => generateOfficialReport(ctx.db, ctx.scope, input)),
  list: procedureFor('officialReport.read')
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).optional())
    .query(({ ctx, input }) => listOfficialReports(ctx.db, ctx.scope, input?.limit)),
});
