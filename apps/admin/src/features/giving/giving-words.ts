// Words of the appeals and registration-drive screens (decisions 26, 28), both languages.
// Loaded with those screens only, like screen-messages.ts. Use as t(G.key).
import type { Bilingual } from '@lantoa/domain';
import { formatCount } from '../../lib/format';

export const G = {
  appealsTitle: { vi: 'Đợt vận động ủng hộ', en: 'Appeals' },
  appealsLead: {
    vi: 'Kêu gọi ủng hộ qua VietQR, đối soát tiền nhận và công khai thu chi.',
    en: 'Calls for gifts by VietQR, reconciliation of money received and public accounts.',
  },
  addAppeal: { vi: 'Tạo đợt vận động', en: 'New appeal' },
  editAppeal: { vi: 'Sửa đợt vận động', en: 'Edit the appeal' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  code: { vi: 'Mã (dùng khi nhúng)', en: 'Code (used to embed)' },
  codeHint: {
    vi: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ lu-lut-2026',
    en: 'Lowercase ASCII, digits and hyphens, e.g. lu-lut-2026',
  },
  title: { vi: 'Tiêu đề', en: 'Title' },
  story: { vi: 'Lời kêu gọi', en: 'Story' },
  storyHint: {
    vi: 'Văn bản thuần; thẻ HTML sẽ bị loại bỏ.',
    en: 'Plain text; HTML tags are removed.',
  },
  target: { vi: 'Mục tiêu (đồng)', en: 'Target (đồng)' },
  startsOn: { vi: 'Ngày bắt đầu', en: 'Starts on' },
  endsOn: { vi: 'Ngày kết thúc', en: 'Ends on' },
  bankBin: { vi: 'Mã BIN ngân hàng', en: 'Bank BIN' },
  accountNumber: { vi: 'Số tài khoản', en: 'Account number' },
  accountName: { vi: 'Tên tài khoản', en: 'Account name' },
  save: { vi: 'Lưu', en: 'Save' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  dates: { vi: 'Thời gian', en: 'Dates' },
  progress: { vi: 'Đã nhận / mục tiêu', en: 'Received / target' },
  embed: { vi: 'Mã nhúng cho trang đối tác', en: 'Embed code for partner pages' },
  pledges: { vi: 'Lượt ủng hộ', en: 'Pledges' },
  reference: { vi: 'Mã ủng hộ', en: 'Pledge code' },
  giver: { vi: 'Người ủng hộ', en: 'Giver' },
  anonymous: { vi: 'Ẩn danh', en: 'Anonymous' },
  erased: { vi: 'Đã xóa dữ liệu', en: 'Data erased' },
  pledged: { vi: 'Số tiền hẹn', en: 'Pledged' },
  received: { vi: 'Đã nhận', en: 'Received' },
  contact: { vi: 'Liên hệ', en: 'Contact' },
  contactHidden: { vi: 'Có (chỉ Ban Tuyên huấn xem)', en: 'Given (board only)' },
  notYet: { vi: 'Chưa nhận', en: 'Not yet' },
  markReceived: { vi: 'Ghi nhận đã nhận', en: 'Mark received' },
  receivedOn: { vi: 'Ngày nhận', en: 'Received on' },
  amount: { vi: 'Số tiền (đồng)', en: 'Amount (đồng)' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  noPledges: { vi: 'Chưa có lượt ủng hộ nào.', en: 'No pledges yet.' },
  statement: { vi: 'Đối soát sao kê ngân hàng', en: 'Reconcile a bank statement' },
  statementHint: {
    vi: 'Tệp CSV hoặc XLSX tải từ ngân hàng, tối đa 2 MB. Chưa ghi gì cho đến khi bạn xác nhận.',
    en: 'A CSV or XLSX file from the bank, 2 MB at most. Nothing is applied until you confirm.',
  },
  statementFile: { vi: 'Tệp sao kê', en: 'Statement file' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  matched: { vi: 'Khớp', en: 'Matched' },
  ambiguous: { vi: 'Cần xem lại', en: 'Ambiguous' },
  unmatched: { vi: 'Không khớp', en: 'Unmatched' },
  row: { vi: 'Dòng', en: 'Row' },
  date: { vi: 'Ngày', en: 'Date' },
  description: { vi: 'Nội dung', en: 'Description' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  apply: { vi: 'Áp dụng các dòng đã chọn', en: 'Apply the chosen rows' },
  applied: { vi: 'Đã ghi nhận {n} khoản.', en: '{n} receipts recorded.' },
  choose: { vi: 'Chọn', en: 'Choose' },
  disbursements: { vi: 'Các khoản chi', en: 'Disbursements' },
  addDisbursement: { vi: 'Ghi khoản chi', en: 'Record a disbursement' },
  spentOn: { vi: 'Ngày chi', en: 'Spent on' },
  recipientGroup: { vi: 'Đối tượng nhận', en: 'Recipient group' },
  evidence: { vi: 'Chứng từ (liên kết https)', en: 'Evidence (https link)' },
  noDisbursements: { vi: 'Chưa có khoản chi nào.', en: 'No disbursements yet.' },
  personalData: { vi: 'Dữ liệu cá nhân', en: 'Personal data' },
  exportData: { vi: 'Xuất dữ liệu', en: 'Export data' },
  erase: { vi: 'Xóa dữ liệu cá nhân', en: 'Erase personal data' },
  eraseConfirm: {
    vi: 'Xóa họ tên và thông tin liên hệ của người này (Luật 91/2025/QH15). Không hoàn tác được.',
    en: 'Erase this person’s name and contact details (Law 91/2025/QH15). This cannot be undone.',
  },
  drivesTitle: { vi: 'Đợt đăng ký', en: 'Registration drives' },
  drivesLead: {
    vi: 'Đăng ký tình nguyện viên, hiến máu tình nguyện và tham gia sự kiện qua trang đối tác.',
    en: 'Volunteers, blood donors and event sign-ups through partner pages.',
  },
  addDrive: { vi: 'Tạo đợt đăng ký', en: 'New drive' },
  editDrive: { vi: 'Sửa đợt đăng ký', en: 'Edit the drive' },
  kind: { vi: 'Loại', en: 'Kind' },
  place: { vi: 'Địa điểm', en: 'Place' },
  capacity: { vi: 'Số chỗ', en: 'Places' },
  capacityHint: { vi: 'Để trống nếu không giới hạn', en: 'Leave empty for no limit' },
  isOpen: { vi: 'Đang nhận đăng ký', en: 'Taking registrations' },
  open: { vi: 'Đang mở', en: 'Open' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  registrations: { vi: 'Người đăng ký', en: 'Registrations' },
  registeredAt: { vi: 'Thời điểm đăng ký', en: 'Registered at' },
  noRegistrations: { vi: 'Chưa có ai đăng ký.', en: 'Nobody has registered yet.' },
  name: { vi: 'Họ tên', en: 'Name' },
  email: { vi: 'Email', en: 'Email' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  back: { vi: '← Danh sách', en: '← List' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
} as const satisfies Record<string, Bilingual>;

/** Whole đồng, grouped the way each language writes it. */
export const money = (n: number | null, lang: 'vi' | 'en') =>
  n === null ? '—' : `${formatCount(n, lang)} đ`;

/** Saves a JSON answer as a file (a subject access request's export). */
export function downloadJson(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
