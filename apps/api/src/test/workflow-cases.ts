// The report and story workflow cases of the generated scope matrix: each action from the
// state it starts from (and, for saves, from states the policy refuses).
import type { RecordState } from '@lantoa/domain';
import type { ProcedureCase } from './procedure-cases.js';
import type { Fixture } from './scope-fixture.js';
import * as rows from './scope-rows.js';

type Prepared = rows.Prepared;

/** The ids in a list answer. */
export const ids = (list: unknown) => (list as { id: string }[]).map((r) => r.id);

const reportInput = (
  unitId: string,
  version: number | null,
  indicator: 'CT-05' | 'CT-06' = 'CT-05',
) => ({
  unitId,
  indicator,
  periodKey: '2025',
  claimsMet: true,
  note: 'mới',
  links: [],
  version,
});

const storyInput = (unitId: string, p: Prepared | null) => ({
  id: p?.id ?? null,
  version: p?.version ?? null,
  unitId,
  title: 'Người tốt việc thiện',
  summary: '',
  bodyHtml: '<p>Nội dung</p>',
  coverImageUrl: null,
  tags: [],
});

const reportOf = (status: string) => (f: Fixture, u: string) => rows.report(f, u, status);

const storyOf = (status: string) => (f: Fixture, u: string) => rows.story(f, u, status);

const storyAct = (action: 'submit' | 'publish' | 'return' | 'unpublish', state: RecordState) =>
  ({
    path: 'stories.act',
    variant: action,
    action: `story.${action}`,
    state,
    prepare: storyOf(state),
    call: (c, _u, p) => c.stories.act({ ...p, action, comment: 'Sửa lại' }),
  }) satisfies ProcedureCase;

const review = (decision: 'approve' | 'return' | 'reopen', state: RecordState) =>
  ({
    path: 'reports.review',
    variant: decision,
    action: `report.${decision}`,
    state,
    prepare: reportOf(state),
    call: (c, _u, p) =>
      c.reports.review({ reportId: p.id, version: p.version, decision, comment: 'Ghi chú' }),
  }) satisfies ProcedureCase;

export const WORKFLOW_CASES: ProcedureCase[] = [
  {
    path: 'reports.get',
    action: 'report.read',
    prepare: reportOf('draft'),
    call: (c, _u, p) => c.reports.get({ reportId: p.id }),
  },
  {
    path: 'reports.save',
    variant: 'create',
    action: 'report.save',
    state: 'new',
    call: (c, unitId) => c.reports.save(reportInput(unitId, null, 'CT-06')),
  },
  {
    path: 'reports.save',
    variant: 'edit a draft',
    action: 'report.save',
    state: 'draft',
    prepare: reportOf('draft'),
    call: (c, unitId, p) => c.reports.save(reportInput(unitId, p.version)),
  },
  {
    path: 'reports.save',
    variant: 'edit an approved report',
    action: 'report.save',
    state: 'approved',
    prepare: reportOf('approved'),
    call: (c, unitId, p) => c.reports.save(reportInput(unitId, p.version)),
  },
  {
    path: 'reports.submit',
    action: 'report.submit',
    state: 'draft',
    prepare: reportOf('draft'),
    call: (c, _u, p) => c.reports.submit({ reportId: p.id, version: p.version }),
  },
  review('approve', 'submitted'),
  review('return', 'submitted'),
  review('reopen', 'approved'),
  {
    path: 'reports.reviewQueue',
    action: 'report.reviewQueue',
    prepare: reportOf('submitted'),
    shows: (a, p) => ids(a).includes(p.id),
    call: (c) => c.reports.reviewQueue(),
  },
  {
    path: 'stories.list',
    action: 'story.read',
    prepare: storyOf('draft'),
    shows: (a, p) => ids((a as { items: unknown }).items).includes(p.id),
    call: (c) => c.stories.list(),
  },
  {
    path: 'stories.get',
    action: 'story.read',
    prepare: storyOf('published'),
    call: (c, _u, p) => c.stories.get({ id: p.id }),
  },
  {
    path: 'stories.save',
    variant: 'create',
    action: 'story.save',
    state: 'new',
    call: (c, unitId) => c.stories.save(storyInput(unitId, null)),
  },
  {
    path: 'stories.save',
    variant: 'edit a draft',
    action: 'story.save',
    state: 'draft',
    prepare: storyOf('draft'),
    call: (c, unitId, p) => c.stories.save(storyInput(unitId, p)),
  },
  {
    path: 'stories.save',
    variant: 'edit under review',
    action: 'story.save',
    state: 'review',
    prepare: storyOf('review'),
    call: (c, unitId, p) => c.stories.save(storyInput(unitId, p)),
  },
  storyAct('submit', 'draft'),
  storyAct('publish', 'review'),
  storyAct('return', 'review'),
  storyAct('unpublish', 'published'),
];
