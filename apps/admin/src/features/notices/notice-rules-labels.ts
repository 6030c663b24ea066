// The words of the notice rules screen, Vietnamese first.
export const R = {
  title: { vi: 'Quy tắc đôn đốc', en: 'Reminder rules' },
  intro: {
    vi: 'Các mốc nhắc việc của tỉnh. Mặc định theo Kế hoạch; quản trị tỉnh có thể thay đổi. Bộ lập lịch dùng quy tắc mới ở lượt chạy kế tiếp (tối đa 10 phút).',
    en: 'The province’s reminder steps. The plan’s defaults apply until a province administrator changes them; the scheduler uses new rules on its next pass (within 10 minutes).',
  },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  dueSoonDays: {
    vi: 'Số ngày trước hạn, cách nhau bằng dấu phẩy',
    en: 'Days before the deadline, separated by commas',
  },
  dueSoonHint: {
    vi: 'Gửi cán bộ của đơn vị. Ví dụ: 14, 7, 1',
    en: 'Sent to the unit’s cadres. For example: 14, 7, 1',
  },
  overdue: { vi: 'Quá hạn (số ngày sau hạn)', en: 'Overdue (days after the deadline)' },
  cadres: { vi: 'Báo cán bộ đơn vị', en: 'To the unit’s cadres' },
  alsoReviewers: { vi: 'Báo thêm người duyệt', en: 'Also to the reviewers' },
  alsoAdmins: {
    vi: 'Báo thêm quản trị tỉnh (leo thang)',
    en: 'Also to the province administrators (escalation)',
  },
  window: {
    vi: 'Quá hạn lâu hơn số ngày này chỉ nêu trong bản tổng hợp tuần',
    en: 'Overdue longer than this: only in the weekly digest',
  },
  waiting: {
    vi: 'Chờ duyệt (số ngày sau khi nộp)',
    en: 'Waiting for review (days after submission)',
  },
  reviewers: { vi: 'Báo người duyệt', en: 'To the reviewers' },
  admins: { vi: 'Báo quản trị tỉnh', en: 'To the province administrators' },
  fixed: { vi: 'Quy tắc cố định', en: 'Fixed rules' },
  returned: {
    vi: 'Bị trả lại: báo ngay cho người viết báo cáo hoặc bài viết, kèm nhận xét của người duyệt.',
    en: 'Returned: the author of the report or story hears at once, with the reviewer’s comment.',
  },
  digest: {
    vi: 'Bản tổng hợp tuần: thứ Hai 07:30 (giờ Việt Nam), chỉ gửi khi còn việc chưa xong.',
    en: 'Weekly digest: Monday 07:30 (Vietnam time), sent only when something is still open.',
  },
  defaults: { vi: 'Khôi phục mặc định', en: 'Reset to defaults' },
  defaultsFilled: {
    vi: 'Đã điền các giá trị mặc định. Bấm Lưu để áp dụng.',
    en: 'The defaults are filled in. Press Save to apply them.',
  },
  saved: { vi: 'Đã lưu quy tắc.', en: 'Rules saved.' },
} as const;
