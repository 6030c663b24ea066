// Which rule decides which indicator. Adding an indicator means adding its rule here.

import type { IndicatorCode } from '../types.js';
import { campaignRule } from './campaigns.js';
import { appMilestoneRule, communicationStaffRule } from './capacity.js';
import type { Rule } from './context.js';
import { facebookPageRule, fanpageRule } from './facebook.js';
import { codeOfConductRule, publicationRule, trainingRule } from './records.js';

export const RULES: Record<IndicatorCode, Rule> = {
  'CT-01': codeOfConductRule,
  'CT-02': communicationStaffRule,
  'CT-03': facebookPageRule,
  'CT-04': fanpageRule,
  'CT-05': trainingRule,
  'CT-06': campaignRule,
  'CT-07': publicationRule,
  'CT-08': appMilestoneRule,
};

export { APP_MILESTONE_LABELS } from './capacity.js';
export type { FactIndex, Rule, RuleContext, RuleOutcome } from './context.js';
export { indexFacts } from './context.js';
export { foldVietnamese, isStandardPageName, pageInactivity } from './facebook.js';
