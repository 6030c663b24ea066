// Labels for an ambassador's field and status (the domain lists the values, not words).
import {
  type AMBASSADOR_FIELDS,
  type AMBASSADOR_STATUSES,
  type Bilingual,
  can,
  type Role,
} from '@lantoa/domain';
import { M } from '../../lib/screen-messages';

export const FIELD_LABELS: Record<(typeof AMBASSADOR_FIELDS)[number], Bilingual> = {
  singer: M.fieldSinger,
  actor: M.fieldActor,
  athlete: M.fieldAthlete,
  creator: M.fieldCreator,
  journalist: M.fieldJournalist,
  other: M.fieldOther,
};
export const STATUS_LABELS: Record<(typeof AMBASSADOR_STATUSES)[number], Bilingual> = {
  invited: M.ambInvited,
  active: M.ambActive,
  paused: M.ambPaused,
  ended: M.ambEnded,
};

export const fieldLabel = (field: string) =>
  FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? { vi: field, en: field };

/** The domain policy's answer: may this role manage ambassadors? */
export const canManage = (role: Role) => can({ role, action: 'ambassador.manage' });
