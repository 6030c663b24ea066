// Words of the "Kết nối Facebook" section (decision 29). Loaded with the unit page only.
import type { Bilingual } from '@lantoa/domain';

export const FB = {
  title: { vi: 'Kết nối Facebook', en: 'Facebook connection' },
  lead: {
    vi: 'Trang đã kết nối được Lan Tỏa kiểm tra mỗi ngày trên Facebook (tên, danh mục, xác minh, người theo dõi, số bài đăng); CT-03 và CT-04 dùng số liệu kiểm tra này. Trang chưa kết nối dùng số liệu nhập tay trong Hồ sơ.',
    en: 'Connected pages are checked on Facebook every day (name, category, verification, followers, posts); CT-03 and CT-04 use these checked figures. Pages not connected use the figures entered in Records.',
  },
  noKey: {
    vi: 'Máy chủ chưa được cấu hình khóa mã hóa (LANTOA_FACEBOOK_TOKEN_KEY), nên chưa thể kết nối trang. Hãy báo người quản trị máy chủ.',
    en: 'The server has no encryption key (LANTOA_FACEBOOK_TOKEN_KEY), so pages cannot be connected yet. Ask whoever runs the server.',
  },
  noPages: {
    vi: 'Đơn vị chưa có trang Facebook trong Hồ sơ. Thêm trang ở mục Hồ sơ trước, rồi kết nối tại đây.',
    en: 'The unit has no Facebook page in its records. Add the page under Records first, then connect it here.',
  },
  manual: { vi: 'Chưa kết nối: số liệu nhập tay', en: 'Not connected: figures entered by hand' },
  fromFacebook: { vi: 'Số liệu từ Facebook, kiểm tra lúc', en: 'Figures from Facebook, checked' },
  firstCheckPending: {
    vi: 'Chưa có lần kiểm tra nào đến ngày này. Lần kiểm tra tiếp theo:',
    en: 'No check yet by this day. Next check:',
  },
  lastFailure: { vi: 'Lần kiểm tra không thành công lúc', en: 'Check failed on' },
  pageName: { vi: 'Tên trang', en: 'Page name' },
  category: { vi: 'Danh mục', en: 'Category' },
  verification: { vi: 'Xác minh', en: 'Verification' },
  followers: { vi: 'Người theo dõi', en: 'Followers' },
  postsInWindow: { vi: 'Bài đăng trong', en: 'Posts in the last' },
  days: { vi: 'ngày', en: 'days' },
  lastPost: { vi: 'Bài gần nhất', en: 'Latest post' },
  none: { vi: 'không có', en: 'none' },
  connectedBy: { vi: 'Kết nối bởi', en: 'Connected by' },
  connect: { vi: 'Kết nối Facebook', en: 'Connect to Facebook' },
  renew: { vi: 'Nhập mã mới', en: 'Enter a new token' },
  disconnect: { vi: 'Ngắt kết nối', en: 'Disconnect' },
  disconnectConfirm: {
    vi: 'Ngắt kết nối trang này? Mã truy cập sẽ bị xóa; các lần kiểm tra đã có vẫn được giữ theo ngày.',
    en: 'Disconnect this page? Its access token is deleted; the checks already made are kept, dated.',
  },
  token: { vi: 'Mã truy cập của Trang (Page access token)', en: 'Page access token' },
  tokenHint: {
    vi: 'Lấy trong Meta Business Suite hoặc Graph API Explorer, quyền pages_read_engagement. Mã được mã hóa khi lưu và không bao giờ hiển thị lại.',
    en: 'From Meta Business Suite or the Graph API Explorer, with pages_read_engagement. It is encrypted when stored and never shown again.',
  },
  connected: {
    vi: 'Đã kết nối. Trang sẽ được kiểm tra trong ít phút.',
    en: 'Connected. The page will be checked within minutes.',
  },
  disconnected: { vi: 'Đã ngắt kết nối.', en: 'Disconnected.' },
  save: { vi: 'Kết nối', en: 'Connect' },
} satisfies Record<string, Bilingual>;
