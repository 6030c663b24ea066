// The words of comment threads, Vietnamese first.
export const C = {
  thread: { vi: 'Trao đổi', en: 'Discussion' },
  empty: { vi: 'Chưa có nhận xét nào.', en: 'No comments yet.' },
  add: { vi: 'Thêm nhận xét', en: 'Add a comment' },
  send: { vi: 'Gửi nhận xét', en: 'Send the comment' },
  sent: { vi: 'Đã gửi nhận xét.', en: 'Comment sent.' },
  unknownAuthor: { vi: 'Không rõ người viết', en: 'Unknown author' },
} as const;
