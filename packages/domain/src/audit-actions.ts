// Every action the audit log records, in words (issue 16: the audit page showed raw codes).
// The API's appendAuditEvent takes only these codes (its type is AuditAction), so a new
// code without words does not compile; the page and the export show `auditActionLabel`.
import type { Bilingual } from './types.js';

const w = (vi: string, en: string): Bilingual => ({ vi, en });

export const AUDIT_ACTION_LABELS = {
  'ambassador.create': w('Thêm đại sứ', 'Ambassador added'),
  'ambassador.update': w('Sửa hồ sơ đại sứ', 'Ambassador updated'),
  'ambassador.appearance': w('Ghi nhận hoạt động của đại sứ', 'Ambassador appearance recorded'),
  'ambassador.consent': w('Ghi nhận đồng ý của đại sứ', 'Ambassador consent recorded'),
  'ambassador.consent-withdrawn': w('Đại sứ rút lại đồng ý', 'Ambassador consent withdrawn'),
  'ambassador.erase': w('Xóa dữ liệu cá nhân của đại sứ', 'Ambassador personal data erased'),
  'appeal.create': w('Tạo lời kêu gọi ủng hộ', 'Appeal created'),
  'appeal.update': w('Sửa lời kêu gọi ủng hộ', 'Appeal updated'),
  'campaign.create': w('Thêm chiến dịch, cuộc thi', 'Campaign or contest added'),
  'campaign.update': w('Sửa chiến dịch, cuộc thi', 'Campaign or contest updated'),
  'data.import': w('Nhập dữ liệu từ bảng tính', 'Data imported from a spreadsheet'),
  'deadline.submit': w('Ghi nhận đã nộp theo hạn', 'Deadline recorded as met'),
  'disbursement.create': w('Ghi nhận giải ngân', 'Disbursement recorded'),
  'facebook.connect': w('Kết nối Trang Facebook', 'Facebook Page connected'),
  'facebook.disconnect': w('Ngắt kết nối Trang Facebook', 'Facebook Page disconnected'),
  'facebook.token-renewed': w('Gia hạn mã truy cập Trang Facebook', 'Facebook Page token renewed'),
  'notice.preferences': w('Đổi cách nhận thông báo', 'Notice preferences changed'),
  'notice.resend': w('Gửi lại thông báo', 'Notice resent'),
  'notice.rules': w('Đổi quy tắc đôn đốc', 'Reminder rules changed'),
  'notice.unsubscribe': w('Hủy nhận thông báo qua email', 'Unsubscribed from notice emails'),
  'officialReport.generate': w('Lập báo cáo chính thức', 'Official report generated'),
  'plan.adopt': w('Tỉnh thông qua kế hoạch (bản sao từ mẫu)', 'Plan adopted from a template'),
  'plan.amend': w('Ghi nhận sửa đổi kế hoạch', 'Plan amendment recorded'),
  'plan.withdraw-amendment': w('Rút sửa đổi kế hoạch', 'Plan amendment withdrawn'),
  'drive.create': w('Tạo đợt đăng ký', 'Registration drive created'),
  'drive.update': w('Sửa đợt đăng ký', 'Registration drive updated'),
  'registration.create': w('Nhận đăng ký', 'Registration received'),
  'registration.erase': w('Xóa dữ liệu cá nhân người đăng ký', 'Registrant’s personal data erased'),
  'pledge.create': w('Nhận cam kết ủng hộ', 'Pledge received'),
  'pledge.erase': w('Xóa dữ liệu cá nhân người ủng hộ', 'Giver’s personal data erased'),
  'pledge.receive': w('Xác nhận đã nhận tiền ủng hộ', 'Pledged money confirmed received'),
  'record.create': w('Thêm hồ sơ', 'Record added'),
  'record.update': w('Sửa hồ sơ', 'Record updated'),
  'record.delete': w('Xóa hồ sơ', 'Record deleted'),
  'record.attach-file': w('Đính kèm tệp vào hồ sơ', 'File attached to a record'),
  'record.detach-file': w('Gỡ tệp khỏi hồ sơ', 'File removed from a record'),
  'reorganisation.apply': w('Thực hiện sắp xếp đơn vị', 'Reorganisation applied'),
  'reorganisation.cancel': w('Hủy đợt sắp xếp đơn vị', 'Reorganisation cancelled'),
  'report.create': w('Tạo báo cáo', 'Report created'),
  'report.update': w('Sửa báo cáo', 'Report updated'),
  'report.submit': w('Gửi duyệt báo cáo', 'Report submitted'),
  'report.approve': w('Duyệt báo cáo', 'Report approved'),
  'report.return': w('Trả lại báo cáo', 'Report returned'),
  'report.reopen': w('Mở lại báo cáo', 'Report reopened'),
  'report.attach-file': w('Đính kèm tệp minh chứng', 'Evidence file attached'),
  'report.detach-file': w('Gỡ tệp minh chứng', 'Evidence file removed'),
  'report.comment': w('Nhận xét báo cáo', 'Comment on a report'),
  'seed.demo': w('Nạp dữ liệu mẫu', 'Demo data loaded'),
  'seed.hierarchy': w('Nạp cây đơn vị', 'Unit tree loaded'),
  'story.create': w('Viết bài mới', 'Story created'),
  'story.update': w('Sửa bài viết', 'Story updated'),
  'story.submit': w('Gửi duyệt bài viết', 'Story submitted'),
  'story.publish': w('Đăng bài viết', 'Story published'),
  'story.return': w('Trả lại bài viết', 'Story returned'),
  'story.unpublish': w('Gỡ bài viết', 'Story unpublished'),
  'story.comment': w('Nhận xét bài viết', 'Comment on a story'),
  'unit.create': w('Thêm đơn vị', 'Unit created'),
  'unit.rename': w('Đổi tên đơn vị', 'Unit renamed'),
  'unit.move': w('Chuyển đơn vị', 'Unit moved'),
  'unit.close': w('Giải thể, sáp nhập đơn vị', 'Unit closed'),
  'upgrade.after': w('Nâng cấp phần mềm', 'Software upgraded'),
  'user.create': w('Thêm tài khoản', 'Account created'),
  'user.create-first-admin': w('Tạo quản trị đầu tiên', 'First administrator created'),
  'user.update': w('Sửa tài khoản', 'Account updated'),
  'user.invite': w('Gửi lời mời tạo tài khoản', 'Account invitation sent'),
  'user.invitation-accepted': w('Nhận lời mời, đặt mật khẩu', 'Invitation accepted'),
  'user.password-change': w('Đổi mật khẩu', 'Password changed'),
  'user.password-reset-requested': w('Yêu cầu đặt lại mật khẩu', 'Password reset requested'),
  'user.password-reset': w('Đặt lại mật khẩu', 'Password reset'),
  'user.sign-in': w('Đăng nhập', 'Signed in'),
  'user.sign-out': w('Đăng xuất', 'Signed out'),
  'user.sign-in-refused': w('Đăng nhập bị từ chối', 'Sign-in refused'),
  'user.sign-in-attack': w('Cảnh báo dò mật khẩu', 'Password-guessing alert'),
} as const satisfies Record<string, Bilingual>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const isAuditAction = (code: string): code is AuditAction =>
  Object.hasOwn(AUDIT_ACTION_LABELS, code);

/** An event's action in words; a code from a future version shows as itself. */
export const auditActionLabel = (code: string): Bilingual =>
  isAuditAction(code) ? AUDIT_ACTION_LABELS[code] : { vi: code, en: code };

/** Words for the fields a change shows (before → after); others show their own name. */
export const AUDIT_FIELD_LABELS: Record<string, Bilingual> = {
  status: w('Trạng thái', 'Status'),
  name: w('Tên', 'Name'),
  title: w('Tiêu đề', 'Title'),
  note: w('Ghi chú', 'Note'),
  value: w('Giá trị', 'Value'),
  claimsMet: w('Đạt', 'Met'),
  claims_met: w('Đạt', 'Met'),
  links: w('Liên kết', 'Links'),
  role: w('Vai trò', 'Role'),
  email: w('Email', 'Email'),
  unitId: w('Đơn vị', 'Unit'),
  unit_id: w('Đơn vị', 'Unit'),
  parentId: w('Đơn vị cấp trên', 'Parent unit'),
  closedOn: w('Ngày đóng', 'Closed on'),
  closed_on: w('Ngày đóng', 'Closed on'),
  isDisabled: w('Khóa tài khoản', 'Disabled'),
  is_disabled: w('Khóa tài khoản', 'Disabled'),
  review_comment: w('Nhận xét', 'Comment'),
  reviewComment: w('Nhận xét', 'Comment'),
  body: w('Nội dung', 'Text'),
  address: w('Địa chỉ IP', 'IP address'),
};
