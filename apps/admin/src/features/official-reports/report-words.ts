// Words of the official reports page (loaded on demand, like screen-messages.ts).
import type { Bilingual } from '@lantoa/domain';

export const R = {
  title: { vi: 'Báo cáo định kỳ', en: 'Official reports' },
  lead: {
    vi: 'Báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (.docx). Số liệu tính đến ngày cuối kỳ báo cáo; mỗi báo cáo được lưu để tải lại.',
    en: 'Reports in the Decree 30/2020 format (.docx). Figures are as of the period’s last day; every report is kept for download.',
  },
  formTitle: { vi: 'Lập báo cáo', en: 'Make a report' },
  unit: { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  kind: { vi: 'Loại báo cáo', en: 'Report' },
  number: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  numberHint: { vi: 'Ví dụ: 15/BC-CTĐ', en: 'For example 15/BC-CTĐ' },
  place: { vi: 'Địa danh', en: 'Place' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Date of issue' },
  signingAuthority: { vi: 'Thẩm quyền ký', en: 'Signing on behalf of' },
  signerTitle: { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  signerName: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
  recipientsHint: {
    vi: 'Mỗi dòng một nơi nhận; “Lưu: VT.” được thêm tự động.',
    en: 'One per line; “Lưu: VT.” is added.',
  },
  assessment: { vi: 'Đánh giá chung', en: 'Assessment' },
  proposals: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' },
  generate: { vi: 'Lập và tải báo cáo', en: 'Generate the report' },
  made: { vi: 'Đã lập báo cáo:', en: 'Report made:' },
  kept: { vi: 'Báo cáo đã lập', en: 'Reports kept' },
  download: { vi: 'Tải về', en: 'Download' },
  madeBy: { vi: 'Người lập', en: 'Made by' },
  none: { vi: 'Chưa có báo cáo nào.', en: 'No report yet.' },
} satisfies Record<string, Bilingual>;
