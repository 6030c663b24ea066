// Words for reorganisations in both languages: step kinds, statuses, what changed.
import type { Bilingual, ReorganisationStep, UnitChange } from '@lantoa/domain';

export type StepType = ReorganisationStep['type'];

export const STEP_LABELS: Record<StepType, Bilingual> = {
  merge: { vi: 'Sáp nhập', en: 'Merge' },
  split: { vi: 'Chia tách', en: 'Split' },
  dissolve: { vi: 'Giải thể', en: 'Dissolve' },
  move: { vi: 'Chuyển trực thuộc', en: 'Move' },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  create: { vi: 'Thành lập mới', en: 'Create' },
};

export const STATUS_LABELS: Record<'planned' | 'applied' | 'cancelled', Bilingual> = {
  planned: { vi: 'Chờ đến ngày hiệu lực', en: 'Planned' },
  applied: { vi: 'Đã có hiệu lực', en: 'In force' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const CHANGE_LABELS: Record<UnitChange, Bilingual> = {
  created: { vi: 'mới', en: 'new' },
  moved: { vi: 'chuyển', en: 'moved' },
  renamed: { vi: 'đổi tên', en: 'renamed' },
  closed: { vi: 'không còn', en: 'closed' },
};

/** A blank step of a kind, for the builder. */
export function blankStep(type: StepType): ReorganisationStep {
  switch (type) {
    case 'merge':
      return { type, sources: [], into: '' };
    case 'split':
      return {
        type,
        source: '',
        into: [
          { code: '', name: '', kind: 'commune', parentCode: null },
          { code: '', name: '', kind: 'commune', parentCode: null },
        ],
        assignments: [],
      };
    case 'dissolve':
      return { type, unit: '' };
    case 'move':
      return { type, unit: '', parentCode: '' };
    case 'rename':
      return { type, unit: '', name: '' };
    case 'create':
      return { type, unit: { code: '', name: '', kind: 'commune', parentCode: null } };
  }
}
