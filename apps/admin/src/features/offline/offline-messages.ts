// Words of the offline features (queue, last synced, photos). Use as t(O.key).
export const O = {
  offline: {
    vi: 'Đang ngoại tuyến: thay đổi được lưu trên máy và gửi khi có mạng.',
    en: 'Offline: changes are kept on this phone and sent when back online.',
  },
  lastSynced: { vi: 'Đồng bộ lần cuối', en: 'Last synced' },
  savedOffline: {
    vi: 'Đã lưu trên máy. Sẽ gửi khi có mạng.',
    en: 'Saved on this phone. It will be sent when back online.',
  },
  deletedOffline: {
    vi: 'Đã lưu trên máy: hồ sơ sẽ được xóa khi có mạng.',
    en: 'Kept on this phone: the record will be deleted when back online.',
  },
  deletedUnsent: {
    vi: 'Đã bỏ hồ sơ chưa gửi (máy chủ chưa từng nhận).',
    en: 'The unsent record was dropped (the server never had it).',
  },
  filesOffline: {
    vi: 'Đã lưu tệp trên máy. Sẽ gửi khi có mạng.',
    en: 'Files kept on this phone. They will be sent when back online.',
  },
  addFilesOffline: { vi: 'Thêm tệp (gửi khi có mạng)', en: 'Add files (sent when online)' },
  campaignsOffline: {
    vi: 'Đang ngoại tuyến: chỉ tìm trong các chiến dịch mới nhất đã lưu trên máy.',
    en: 'Offline: searching only the newest campaigns kept on this phone.',
  },
  queueTitle: { vi: 'Thay đổi chờ gửi', en: 'Changes waiting to be sent' },
  queueFailed: { vi: 'Bị từ chối', en: 'Refused' },
  queueConflict: {
    vi: 'Người khác đã sửa báo cáo này trước',
    en: 'Someone else changed this report first',
  },
  recordConflict: {
    vi: 'Người khác đã sửa hồ sơ này trước',
    en: 'Someone else changed this record first',
  },
  deleteConflict: {
    vi: 'Người khác đã sửa hồ sơ này sau khi bạn xóa: xóa bản mới của họ, hay giữ hồ sơ?',
    en: 'Someone else changed this record after you deleted it: delete their version, or keep it?',
  },
  deleteAnyway: { vi: 'Vẫn xóa', en: 'Delete anyway' },
  keepRecord: { vi: 'Giữ hồ sơ', en: 'Keep the record' },
  pending: { vi: 'Chờ gửi', en: 'Waiting to be sent' },
  pendingDelete: { vi: 'Chờ xóa', en: 'Waiting to be deleted' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  sentChanges: { vi: 'thay đổi đã lên máy chủ', en: 'changes reached the server' },
  queuePhotos: { vi: 'ảnh', en: 'photos' },
  queueFiles: { vi: 'tệp chờ gửi', en: 'files waiting' },
  sendNow: { vi: 'Gửi ngay', en: 'Send now' },
  retry: { vi: 'Thử lại', en: 'Retry' },
  discard: { vi: 'Bỏ thay đổi', en: 'Discard' },
  photos: { vi: 'Ảnh minh chứng (gửi khi có mạng)', en: 'Evidence photos (sent when online)' },
  photoHint: {
    vi: 'Ảnh được thu nhỏ (cạnh dài 1.600 px) và bỏ vị trí GPS trước khi lưu.',
    en: 'Photos are shrunk (longest side 1,600 px) and stripped of GPS location first.',
  },
  network: {
    vi: 'Không kết nối được máy chủ. Sẽ thử lại khi có mạng.',
    en: 'Could not reach the server. Will try again when online.',
  },
} as const;
