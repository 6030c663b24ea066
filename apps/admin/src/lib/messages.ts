// The words of the first screens (sign-in, password reset, loading and error states), in the
// entry chunk. Every word only a signed-in screen shows lives in shell-messages.ts, which
// loads with the app shell (lib/signed-in.ts): the first route's budget has no room for them.
// Domain vocabulary (states, statuses, roles, unit kinds, indicator titles) comes from
// @lantoa/domain, never from here.
import type { Bilingual } from '@lantoa/domain';

export const MESSAGES = {
  appName: { vi: 'Lan Tỏa', en: 'Lan Tỏa' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signInTitle: { vi: 'Đăng nhập Lan Tỏa', en: 'Sign in to Lan Tỏa' },
  signInLead: {
    vi: 'Theo dõi kế hoạch truyền thông của Hội Chữ thập đỏ các tỉnh, thành phố.',
    en: 'Tracking the communication plans of the Red Cross provinces.',
  },
  sessionExpired: {
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
    en: 'Your session has ended; please sign in again.',
  },
  email: { vi: 'Email', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  retryingAutomatically: { vi: 'Đang tự động thử lại…', en: 'Trying again automatically…' },
  empty: { vi: 'Không có dữ liệu.', en: 'Nothing here yet.' },
  errorTitle: { vi: 'Không tải được dữ liệu', en: 'Could not load this' },
  notFound: { vi: 'Không tìm thấy trang này.', en: 'Page not found.' },
} satisfies Record<string, Bilingual>;
