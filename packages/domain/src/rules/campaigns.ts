// CT-06: take part in every campaign or contest of the year that targeted the unit's level.
// A campaign belongs to the year it starts in, and binds a unit only if the unit existed during it.

import { formatDateVi, yearOf } from '../dates.js';
import { unitKindPlural } from '../unit-kinds.js';
import { type CampaignFact, quoted, type Rule, type RuleContext, unitFacts } from './context.js';

function campaignsFor(ctx: RuleContext): CampaignFact[] {
  const year = Number(ctx.period.key);
  const { unit } = ctx;
  return ctx.facts.campaigns.filter(
    (c) =>
      yearOf(c.startsOn) === year &&
      c.targetKinds.includes(unit.kind) &&
      (c.organiser === 'central' || c.organiser === 'province') &&
      c.endsOn >= unit.openedOn &&
      (unit.closedOn === null || c.startsOn <= unit.closedOn),
  );
}

export const campaignRule: Rule = (ctx) => {
  const year = ctx.period.key;
  const campaigns = campaignsFor(ctx);
  if (campaigns.length === 0) {
    const level = unitKindPlural(ctx.unit.kind);
    return {
      isMet: false,
      isNotApplicable: true,
      evidence: [],
      detail: {
        vi: `Không có chiến dịch, cuộc thi nào dành cho ${level.vi} trong năm ${year}.`,
        en: `No campaign or contest targeted ${level.en} in ${year}.`,
      },
    };
  }
  const joined = unitFacts(ctx.facts, ctx.unit.id, 'campaign_participation').filter(
    (p) => p.participatedOn <= ctx.asOf && campaigns.some((c) => c.campaignId === p.campaignId),
  );
  const joinedIds = new Set(joined.map((p) => p.campaignId));
  const missing = campaigns.filter((c) => !joinedIds.has(c.campaignId));
  const count = `${campaigns.length - missing.length}/${campaigns.length}`;
  if (missing.length === 0) {
    const last = joined.map((p) => p.participatedOn).sort()[joined.length - 1];
    return {
      isMet: true,
      evidence: [...campaigns, ...joined],
      ...(last ? { metOn: last } : {}),
      detail: {
        vi: `Đã tham gia ${count} chiến dịch, cuộc thi năm ${year}.`,
        en: `Took part in ${count} campaigns and contests of ${year}.`,
      },
    };
  }
  const names = missing.map((c) => `${quoted(c.title)} (${formatDateVi(c.startsOn)})`).join(', ');
  return {
    isMet: false,
    evidence: [...campaigns, ...joined],
    detail: {
      vi: `Đã tham gia ${count} chiến dịch, cuộc thi năm ${year}; còn thiếu: ${names}.`,
      en: `Took part in ${count} campaigns and contests of ${year}; missing: ${names}.`,
    },
  };
};
