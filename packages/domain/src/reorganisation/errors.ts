// Named refusals of a reorganisation: each says which step and which unit, in Vietnamese
// and English, so the admin form, the import and the API show the same sentence.
import type { Bilingual } from '../types.js';

export type ReorganisationErrorCode =
  | 'unitMissing'
  | 'codeTaken'
  | 'parentMissing'
  | 'parentKindMismatch'
  | 'mergeIntoSource'
  | 'mergeIntoDescendant'
  | 'splitChildUnassigned'
  | 'splitAssignmentInvalid'
  | 'splitParentIsSource'
  | 'dissolveHasChildren'
  | 'moveIntoDescendant'
  | 'nothingToChange'
  | 'newUnitClosed';

export interface ReorganisationError {
  code: ReorganisationErrorCode;
  /** The step's index (0-based), or null for a rule over the whole reorganisation. */
  step: number | null;
  unit: string | null;
  message: Bilingual;
}

const TEXT: Record<ReorganisationErrorCode, (u: string, x: string) => Bilingual> = {
  unitMissing: (u) => ({
    vi: `Đơn vị ${u} không tồn tại (hoặc đã đóng) vào ngày hiệu lực`,
    en: `Unit ${u} does not exist (or has closed) on the effective date`,
  }),
  codeTaken: (u) => ({ vi: `Mã đơn vị ${u} đã được dùng`, en: `Unit code ${u} is taken` }),
  parentMissing: (u, x) => ({
    vi: `Đơn vị cấp trên ${x} của ${u} không tồn tại vào ngày hiệu lực`,
    en: `The parent ${x} of ${u} does not exist on the effective date`,
  }),
  parentKindMismatch: (u, x) => ({
    vi: `Đơn vị ${u} không thể trực thuộc ${x} (không đúng cấp)`,
    en: `Unit ${u} cannot sit under ${x} (wrong kind)`,
  }),
  mergeIntoSource: (u) => ({
    vi: `Không thể sáp nhập ${u} vào chính nó`,
    en: `Unit ${u} cannot merge into itself`,
  }),
  mergeIntoDescendant: (u, x) => ({
    vi: `Không thể sáp nhập ${u} vào đơn vị cấp dưới của nó (${x})`,
    en: `Unit ${u} cannot merge into its own descendant ${x}`,
  }),
  splitChildUnassigned: (u, x) => ({
    vi: `Đơn vị trực thuộc ${u} của ${x} chưa được giao cho đơn vị kế thừa nào`,
    en: `Unit ${u} under ${x} is not assigned to a successor`,
  }),
  splitAssignmentInvalid: (u, x) => ({
    vi: `Không thể giao ${u} cho ${x}: phải là đơn vị trực thuộc giao cho một đơn vị mới của bước chia tách`,
    en: `Cannot assign ${u} to ${x}: only units under the split unit go to its new units`,
  }),
  splitParentIsSource: (u) => ({
    vi: `Đơn vị mới ${u} không thể trực thuộc đơn vị đang bị chia tách`,
    en: `New unit ${u} cannot sit under the unit being split`,
  }),
  dissolveHasChildren: (u) => ({
    vi: `Hãy chuyển các đơn vị trực thuộc ${u} đi nơi khác trước khi giải thể`,
    en: `Move the units under ${u} elsewhere before dissolving it`,
  }),
  moveIntoDescendant: (u, x) => ({
    vi: `Không thể chuyển ${u} vào đơn vị cấp dưới của nó (${x})`,
    en: `Unit ${u} cannot move under its own descendant ${x}`,
  }),
  nothingToChange: (u) => ({
    vi: `Bước này không thay đổi gì ở đơn vị ${u}`,
    en: `This step changes nothing for unit ${u}`,
  }),
  newUnitClosed: (u) => ({
    vi: `Đơn vị ${u} được thành lập và đóng trong cùng một đợt`,
    en: `Unit ${u} would open and close in the same reorganisation`,
  }),
};

export function reorganisationError(
  code: ReorganisationErrorCode,
  step: number | null,
  unit: string,
  other = '',
): ReorganisationError {
  return { code, step, unit, message: TEXT[code](unit, other) };
}
