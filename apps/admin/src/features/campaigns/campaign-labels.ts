// Labels for a campaign's kind and organiser (the domain has none for these).
import type { Bilingual } from '@lantoa/domain';
import { M } from '../../lib/screen-messages';

export const CAMPAIGN_KIND_LABELS: Record<'campaign' | 'contest', Bilingual> = {
  campaign: M.kindCampaignOne,
  contest: M.kindContest,
};
export const ORGANISER_LABELS: Record<'central' | 'province', Bilingual> = {
  central: M.organiserCentral,
  province: M.organiserProvince,
};
