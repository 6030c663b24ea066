// Words of the shared form layer that only signed-in screens need (not the first load's).
import type { Bilingual } from '@lantoa/domain';

export const FORM_WORDS = {
  conflictLead: {
    vi: 'Người khác đã lưu nội dung này trong lúc bạn sửa. Nội dung bạn nhập vẫn được giữ.',
    en: 'Someone else saved this while you were editing. What you entered is kept.',
  },
  conflictField: { vi: 'Trường', en: 'Field' },
  conflictTheirs: { vi: 'Bản mới nhất', en: 'Latest version' },
  conflictMine: { vi: 'Bản của bạn', en: 'Your version' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
} satisfies Record<string, Bilingual>;
