// Four eyes (decision 17): nobody approves a report or publishes a story that they wrote or
// last edited, administrators included; someone else may.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let otherAdmin: User;
let reviewer: User;
let cadre: User;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  otherAdmin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
});
afterAll(() => handle.close());

const refusal = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
const as = (user: User) => callerAs(handle.db, user);

async function submittedReport(writer: User, indicator: 'CT-05' | 'CT-06') {
  const c = await as(writer);
  const saved = await c.reports.save({
    unitId: tree.districtA.id,
    indicator,
    periodKey: '2025',
    claimsMet: true,
    note: 'Đã làm',
    links: [],
    version: null,
  });
  return c.reports.submit({ reportId: saved.id, version: saved.version });
}

describe('four eyes on reports', () => {
  it('an administrator cannot approve the report they wrote; another administrator can', async () => {
    const report = await submittedReport(admin, 'CT-05');
    const input = { reportId: report.id, version: report.version, decision: 'approve' as const };
    const before = await handle.db.selectFrom('reports').selectAll().execute();
    const error = await (await as(admin)).reports.review({ ...input, comment: '' }).catch((e) => e);
    expect(refusal(error)).toBe('FORBIDDEN');
    expect((error as TRPCError).message).toBe(
      'Whoever wrote or last edited this cannot approve or publish it',
    );
    expect(await handle.db.selectFrom('reports').selectAll().execute()).toEqual(before);
    const approved = await (await as(otherAdmin)).reports.review({ ...input, comment: '' });
    expect(approved.status).toBe('approved');
  });

  it("an administrator who last edited a cadre's report cannot approve it; a reviewer can", async () => {
    const submitted = await submittedReport(cadre, 'CT-06');
    const asAdmin = await as(admin);
    const edited = await asAdmin.reports.save({
      unitId: tree.districtA.id,
      indicator: 'CT-06',
      periodKey: '2025',
      claimsMet: false,
      note: 'Sửa lại',
      links: [],
      version: submitted.version,
    });
    const resubmitted = await asAdmin.reports.submit({
      reportId: edited.id,
      version: edited.version,
    });
    const input = {
      reportId: edited.id,
      version: resubmitted.version,
      decision: 'approve' as const,
    };
    const byEditor = await asAdmin.reports.review({ ...input, comment: '' }).catch((e) => e);
    expect(refusal(byEditor)).toBe('FORBIDDEN');
    const approved = await (await as(reviewer)).reports.review({ ...input, comment: '' });
    expect(approved.status).toBe('approved');
  });
});

describe('four eyes on stories', () => {
  const storyInput = {
    id: null,
    version: null,
    title: 'Người tốt việc thiện',
    summary: '',
    bodyHtml: '<p>Nội dung</p>',
    coverImageUrl: null,
    tags: [],
  };

  it('a reviewer cannot publish a story they wrote, nor one they last edited; another can', async () => {
    const written = await (await as(reviewer)).stories.save({
      ...storyInput,
      unitId: tree.districtA.id,
    });
    const own = await (await as(reviewer)).stories
      .act({ id: written.id, version: written.version, action: 'publish' })
      .catch((e) => e);
    expect(refusal(own)).toBe('FORBIDDEN');
    const byCadre = await (await as(cadre)).stories.save({
      ...storyInput,
      unitId: tree.districtA.id,
    });
    const edited = await (await as(admin)).stories.save({
      ...storyInput,
      unitId: tree.districtA.id,
      id: byCadre.id,
      version: byCadre.version,
      title: 'Người tốt việc thiện (sửa)',
    });
    const byEditor = await (await as(admin)).stories
      .act({ id: edited.id, version: edited.version, action: 'publish' })
      .catch((e) => e);
    expect(refusal(byEditor)).toBe('FORBIDDEN');
    const published = await (await as(reviewer)).stories.act({
      id: edited.id,
      version: edited.version,
      action: 'publish',
    });
    expect(published.status).toBe('published');
  });
});
