// The report and story workflows: each action's target status. Which states an action
// starts from, and who may take it, is the policy's (actions.ts).
import type { Action } from './actions.js';

export const REPORT_TRANSITIONS = {
  'report.save': 'draft',
  'report.submit': 'submitted',
  'report.approve': 'approved',
  'report.return': 'returned',
  'report.reopen': 'returned',
} as const satisfies Partial<Record<Action, string>>;

export const STORY_TRANSITIONS = {
  'story.submit': 'review',
  'story.publish': 'published',
  'story.return': 'draft',
  'story.unpublish': 'draft',
} as const satisfies Partial<Record<Action, string>>;

export type ReportReviewAction = 'report.approve' | 'report.return' | 'report.reopen';
export type StoryStatusAction = keyof typeof STORY_TRANSITIONS;
