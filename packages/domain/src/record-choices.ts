// The choices a record's fields take, apart from the zod schemas (record-schemas.ts) that
// check them: the unit page lists records with these words and should not load zod for it.
export const TRAINING_LEVELS = ['province', 'district', 'grassroots'] as const;
export const PUBLICATION_KINDS = [
  'publication',
  'leaflet',
  'film',
  'report',
  'photo',
  'other',
] as const;
export const PUBLICATION_SERIES = ['nguoi-tot-viec-thien', 'other'] as const;
