// Campaigns belong to Central (no province) or to one province (decision 20): which
// policy action writing one takes. The API's service and the admin app's buttons both ask.
import type { Role } from '../labels.js';
import type { Action } from './actions.js';
import { grantOf } from './decide.js';

/** The action that edits a campaign owned by `provinceId` (null: Central's). */
export const campaignSaveAction = (provinceId: string | null): Action =>
  provinceId === null ? 'campaign.saveNational' : 'campaign.save';

/** Whom a new campaign of this role belongs to: its province, Central, or no one (may not). */
export function newCampaignOwner(role: Role): 'province' | 'central' | null {
  if (grantOf(role, 'campaign.save')) return 'province';
  if (grantOf(role, 'campaign.saveNational')) return 'central';
  return null;
}
