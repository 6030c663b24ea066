// The words of the notice preferences form, Vietnamese first.
export const P = {
  title: { vi: 'Cách nhận thông báo', en: 'How I get notices' },
  channels: { vi: 'Kênh', en: 'Channels' },
  inApp: { vi: 'Trong ứng dụng (luôn bật)', en: 'In the app (always on)' },
  email: { vi: 'Email', en: 'Email' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  zaloUserId: {
    vi: 'Mã người dùng Zalo (sau khi quan tâm OA)',
    en: 'Zalo user id (after following the OA)',
  },
  quiet: { vi: 'Giờ yên lặng (giờ Việt Nam)', en: 'Quiet hours (Vietnam time)' },
  quietHint: {
    vi: 'Email và Zalo rơi vào giờ này sẽ chờ đến khi hết giờ yên lặng.',
    en: 'Email and Zalo falling in these hours wait until they end.',
  },
  quietStart: { vi: 'Từ', en: 'From' },
  quietEnd: { vi: 'Đến', en: 'Until' },
  digest: { vi: 'Bản tổng hợp tuần (thứ Hai 07:30)', en: 'Weekly digest (Monday 07:30)' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
} as const;
