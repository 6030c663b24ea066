// The consent a giver or registrant gives to the use of their personal data, worded under
// Law 91/2025/QH15 on personal data protection (in force 01/01/2026): who processes what,
// for which purpose, for how long, and the right to withdraw, see and erase. Each wording
// has a version; a pledge stores the version it was given under, never a copy of the text,
// so a wording is never changed in place: a new one gets a new version.
import type { Bilingual } from '../types.js';

export const CONSENT_TEXTS = {
  'giving-2026-01': {
    vi: 'Tôi đồng ý để Hội Chữ thập đỏ xử lý họ tên và thông tin liên hệ tôi cung cấp nhằm ghi nhận, đối soát và cảm ơn khoản ủng hộ này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Dữ liệu được giữ đến khi công khai quyết toán đợt vận động xong; tôi có thể xem, rút lại sự đồng ý hoặc yêu cầu xóa bất cứ lúc nào. Danh sách công khai không bao giờ hiện thông tin liên hệ.',
    en: 'I agree that the Red Cross processes the name and contact details I give to record, reconcile and thank this gift, under Law 91/2025/QH15 on personal data protection. The data is kept until the appeal’s public accounts are closed; I may see it, withdraw consent or ask for erasure at any time. Public lists never show contact details.',
  },
  'registration-2026-01': {
    vi: 'Tôi đồng ý để Hội Chữ thập đỏ xử lý họ tên và thông tin liên hệ tôi cung cấp nhằm liên hệ về đăng ký này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Tôi có thể xem, rút lại sự đồng ý hoặc yêu cầu xóa bất cứ lúc nào.',
    en: 'I agree that the Red Cross processes the name and contact details I give to contact me about this registration, under Law 91/2025/QH15 on personal data protection. I may see it, withdraw consent or ask for erasure at any time.',
  },
} as const satisfies Record<string, Bilingual>;

export type ConsentVersion = keyof typeof CONSENT_TEXTS;
export const CURRENT_GIVING_CONSENT: ConsentVersion = 'giving-2026-01';
export const CURRENT_REGISTRATION_CONSENT: ConsentVersion = 'registration-2026-01';
export const CONSENT_VERSIONS = Object.keys(CONSENT_TEXTS) as ConsentVersion[];
