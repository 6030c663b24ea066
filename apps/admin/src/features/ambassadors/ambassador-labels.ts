// Labels for an ambassador's field and status (the domain lists the values, not words).
import type { AMBASSADOR_FIELDS, AMBASSADOR_STATUSES, Bilingual } from '@lantoa/domain';
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

export const canManage = (role: string) => role === 'admin' || role === 'reviewer';
