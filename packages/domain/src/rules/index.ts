// The engine's rules by id. An indicator names its rule (plan.ts); an indicator added by
// an amendment picks one of these, or 'report_only' when approved reports alone decide.

import type { RuleId } from '../plan.js';
import { campaignRule } from './campaigns.js';
import { appMilestoneRule, communicationStaffRule } from './capacity.js';
import type { Rule } from './context.js';
import { facebookPageRule, fanpageRule } from './facebook.js';
import { codeOfConductRule, publicationRule, trainingRule } from './records.js';

/** No record meets it: the state comes from the unit's reports and the calendar. */
const reportOnlyRule: Rule = () => ({
  isMet: false,
  evidence: [],
  detail: {
    vi: 'Chỉ tiêu được đánh giá theo báo cáo đã duyệt.',
    en: 'The indicator is judged on approved reports.',
  },
});

export const RULES: Record<RuleId, Rule> = {
  code_of_conduct: codeOfConductRule,
  communication_staff: communicationStaffRule,
  facebook_page: facebookPageRule,
  fanpage: fanpageRule,
  training: trainingRule,
  campaign: campaignRule,
  publication: publicationRule,
  app_milestone: appMilestoneRule,
  report_only: reportOnlyRule,
};

export { APP_MILESTONE_LABELS } from './capacity.js';
export type { FactIndex, Rule, RuleContext, RuleOutcome } from './context.js';
export { indexFacts } from './context.js';
export {
  foldVietnamese,
  isStandardPageName,
  observationsAsOf,
  pageInactivity,
} from './facebook.js';
