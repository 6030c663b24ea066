// A province changes only the plan it runs by adoption (decision 32): the words of the
// refusal, shared by the API's error and the admin app's pointer to adoption.
import type { Bilingual } from '../types.js';

export const NO_ADOPTED_PLAN: Bilingual = {
  vi: 'Tỉnh chưa thông qua kế hoạch nên chưa thể sửa đổi kế hoạch: hãy thông qua bản sao của kế hoạch mẫu trước (mục “Kế hoạch của tỉnh”)',
  en: 'The province has not adopted a plan, so it has no plan to amend: adopt a copy of a template plan first (“The province’s plan”)',
};
