// Validation messages. Schemas carry the Vietnamese text (what the API shows by default);
// this map gives each a stable code and an English text, found back from the Vietnamese.

import type { Lang } from './labels.js';
import type { Bilingual } from './types.js';

export const SCHEMA_MESSAGES = {
  invalid: { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid input.' },
  isoDate: { vi: 'Ngày không hợp lệ (định dạng yyyy-MM-dd).', en: 'Invalid date (yyyy-MM-dd).' },
  viDate: { vi: 'Ngày không hợp lệ (định dạng dd/MM/yyyy).', en: 'Invalid date (dd/MM/yyyy).' },
  unitCode: {
    vi: 'Mã đơn vị gồm 2–64 ký tự: chữ thường không dấu, số và dấu gạch ngang.',
    en: 'A unit code has 2–64 characters: lowercase ASCII letters, digits and hyphens.',
  },
  indicatorCode: {
    vi: 'Mã chỉ tiêu không hợp lệ (CT-01 đến CT-08).',
    en: 'Invalid indicator (CT-01 to CT-08).',
  },
  periodKey: {
    vi: 'Kỳ không hợp lệ (ví dụ: 2025, 2022-2027, by-2025).',
    en: 'Invalid period (e.g. 2025, 2022-2027, by-2025).',
  },
  periodOfIndicator: {
    vi: 'Kỳ này không thuộc chỉ tiêu đã chọn.',
    en: 'This period does not belong to the indicator.',
  },
  role: { vi: 'Vai trò không hợp lệ.', en: 'Invalid role.' },
  unitKind: { vi: 'Cấp đơn vị không hợp lệ.', en: 'Invalid unit kind.' },
  email: { vi: 'Email không hợp lệ.', en: 'Invalid email address.' },
  passwordRequired: { vi: 'Vui lòng nhập mật khẩu.', en: 'Please enter a password.' },
  passwordShort: {
    vi: 'Mật khẩu phải có ít nhất 8 ký tự.',
    en: 'The password needs at least 8 characters.',
  },
  passwordLong: {
    vi: 'Mật khẩu tối đa 128 ký tự.',
    en: 'The password has at most 128 characters.',
  },
  passwordCommon: {
    vi: 'Mật khẩu quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác.',
    en: 'This password is too common and easy to guess; choose another.',
  },
  nameRequired: { vi: 'Vui lòng nhập tên.', en: 'Please enter a name.' },
  setupSecretRequired: {
    vi: 'Vui lòng nhập mã thiết lập một lần (tối đa 200 ký tự).',
    en: 'Please enter the one-time setup secret (at most 200 characters).',
  },
  nameLong: { vi: 'Tên tối đa 200 ký tự.', en: 'A name has at most 200 characters.' },
  idRequired: { vi: 'Thiếu mã định danh.', en: 'An identifier is missing.' },
  version: { vi: 'Phiên bản không hợp lệ.', en: 'Invalid version.' },
  url: {
    vi: 'Liên kết phải là địa chỉ http hoặc https hợp lệ, tối đa 2048 ký tự.',
    en: 'A link must be a valid http or https address of at most 2048 characters.',
  },
  linkLabelLong: {
    vi: 'Nhãn liên kết tối đa 200 ký tự.',
    en: 'A link label has at most 200 characters.',
  },
  linksMax: { vi: 'Tối đa 20 liên kết minh chứng.', en: 'At most 20 evidence links.' },
  noteLong: { vi: 'Ghi chú tối đa 5000 ký tự.', en: 'A note has at most 5000 characters.' },
  value: { vi: 'Giá trị phải là một số.', en: 'The value must be a number.' },
  valueRange: {
    vi: 'Giá trị phải từ 0 đến 1.000.000.000.000.',
    en: 'The value must lie between 0 and 1,000,000,000,000.',
  },
  decision: { vi: 'Quyết định duyệt không hợp lệ.', en: 'Invalid review decision.' },
  commentLong: { vi: 'Nhận xét tối đa 2000 ký tự.', en: 'A comment has at most 2000 characters.' },
  commentEmpty: { vi: 'Vui lòng nhập nhận xét.', en: 'Please write a comment.' },
  storyCommentRequired: {
    vi: 'Vui lòng ghi nhận xét khi trả lại bài viết.',
    en: 'A comment is required to return a story.',
  },
  commentRequired: {
    vi: 'Vui lòng ghi nhận xét khi trả lại báo cáo.',
    en: 'A comment is required to return a report.',
  },
  provinceRoot: {
    vi: 'Chỉ Hội CTĐ tỉnh không có đơn vị cấp trên; các đơn vị khác phải có.',
    en: 'Only the province has no parent unit; every other unit needs one.',
  },
  selfParent: {
    vi: 'Không thể đặt đơn vị dưới chính nó.',
    en: 'A unit cannot be placed under itself.',
  },
  selfMerge: {
    vi: 'Không thể sáp nhập đơn vị vào chính nó.',
    en: 'A unit cannot be merged into itself.',
  },
  titleRequired: { vi: 'Vui lòng nhập tiêu đề.', en: 'Please enter a title.' },
  textLong: { vi: 'Nội dung quá dài.', en: 'The text is too long.' },
  count: {
    vi: 'Số lượng phải là số nguyên không âm.',
    en: 'The count must be a whole number, 0 or more.',
  },
  dateOrder: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must follow the start date.',
  },
  choice: { vi: 'Lựa chọn không hợp lệ.', en: 'Invalid choice.' },
  planIdRequired: {
    vi: 'Vui lòng nhập số kế hoạch của tỉnh.',
    en: 'Enter the province’s plan number.',
  },
  planIdTaken: {
    vi: 'Số kế hoạch này đã được dùng; bản sao cần số kế hoạch riêng của tỉnh.',
    en: 'This plan number is taken; the copy needs the province’s own number.',
  },
  tagsMax: {
    vi: 'Tối đa 10 thẻ, mỗi thẻ tối đa 40 ký tự.',
    en: 'At most 10 tags of up to 40 characters.',
  },
  phone: { vi: 'Số điện thoại không hợp lệ.', en: 'Invalid phone number.' },
  unsafeLine: {
    vi: 'Chỉ nhập một dòng, không có ký tự điều khiển hay ký tự lỗi mã hóa.',
    en: 'Enter a single line, without control characters or broken characters.',
  },
  unsafeText: {
    vi: 'Văn bản chứa ký tự điều khiển hoặc ký tự lỗi mã hóa.',
    en: 'The text contains control characters or broken characters.',
  },
  dateRange: {
    vi: 'Ngày phải trong khoảng 01/01/2000 đến 31/12/2100.',
    en: 'The date must lie between 01/01/2000 and 31/12/2100.',
  },
  httpsUrl: {
    vi: 'Ảnh phải là địa chỉ https hợp lệ, tối đa 2048 ký tự.',
    en: 'An image must be a valid https address of at most 2048 characters.',
  },
  storyBodyLong: {
    vi: 'Nội dung bài viết quá dài (tối đa 100.000 ký tự sau khi làm sạch HTML).',
    en: 'The story body is too long (at most 100,000 characters once its HTML is cleaned).',
  },
  changesRequired: {
    vi: 'Văn bản sửa đổi phải có 1 đến 50 thay đổi.',
    en: 'An amendment has 1 to 50 changes.',
  },
  reorgStepsRequired: {
    vi: 'Một đợt sắp xếp có từ 1 đến 2.000 bước.',
    en: 'A reorganisation has 1 to 2,000 steps.',
  },
  reorgUnitsRequired: { vi: 'Chọn ít nhất một đơn vị.', en: 'Choose at least one unit.' },
  reorgSplitTwo: {
    vi: 'Chia tách phải tạo ít nhất hai đơn vị mới.',
    en: 'A split creates at least two new units.',
  },
  kindsRequired: {
    vi: 'Chọn ít nhất một cấp đơn vị.',
    en: 'Choose at least one unit kind.',
  },
  newIndicatorCode: {
    vi: 'Mã chỉ tiêu có dạng CT-nn (ví dụ CT-09).',
    en: 'An indicator code looks like CT-nn (e.g. CT-09).',
  },
  // Field errors raised by the API's services (business rules), translated like the rest.
  unitCodeTaken: { vi: 'Mã đơn vị đã được dùng.', en: 'This unit code is taken.' },
  closingBeforeOpening: {
    vi: 'Ngày giải thể phải sau ngày thành lập.',
    en: 'The closing date must follow the opening date.',
  },
  mergedIntoMissing: {
    vi: 'Đơn vị sáp nhập vào không tồn tại vào ngày này.',
    en: 'The unit merged into does not exist on that date.',
  },
  parentMissing: {
    vi: 'Đơn vị cấp trên không tồn tại vào ngày này.',
    en: 'The parent unit does not exist on that date.',
  },
  parentKindMismatch: {
    vi: 'Loại đơn vị này không thể trực thuộc đơn vị đã chọn.',
    en: 'This kind of unit cannot sit under the chosen parent.',
  },
  deadlineNotApplicable: {
    vi: 'Hạn báo cáo này không áp dụng cho đơn vị.',
    en: 'This deadline does not apply to the unit.',
  },
  campaignUnknown: { vi: 'Chiến dịch không tồn tại.', en: 'Unknown campaign.' },
  fileNameInvalid: { vi: 'Tên tệp không hợp lệ.', en: 'The file name is not valid.' },
  unitUnknown: { vi: 'Đơn vị không hợp lệ.', en: 'Unknown unit.' },
  emailTaken: { vi: 'Email đã được dùng.', en: 'This email is taken.' },
  currentPasswordWrong: {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  pageCursor: {
    vi: 'Con trỏ trang không hợp lệ; hãy tải lại danh sách từ đầu.',
    en: 'Invalid page cursor; load the list again from the start.',
  },
  amount: {
    vi: 'Số tiền là số nguyên đồng, từ 1.000 đến 10.000.000.000.000.',
    en: 'The amount is whole đồng, from 1,000 to 10,000,000,000,000.',
  },
  bankBin: { vi: 'Mã BIN ngân hàng gồm 6 chữ số.', en: 'A bank BIN is 6 digits.' },
  accountNumber: {
    vi: 'Số tài khoản gồm 1–19 chữ cái không dấu hoặc chữ số.',
    en: 'An account number is 1–19 letters or digits.',
  },
  consentRequired: {
    vi: 'Cần đồng ý xử lý dữ liệu cá nhân để gửi.',
    en: 'Consent to the use of personal data is needed to send this.',
  },
  contactRequired: {
    vi: 'Cần email hoặc số điện thoại để liên hệ.',
    en: 'An email or a phone number is needed to contact you.',
  },
  capacity: {
    vi: 'Số chỗ là số nguyên từ 1 đến 100.000.',
    en: 'Capacity is a whole number from 1 to 100,000.',
  },
  driveKind: { vi: 'Loại đăng ký không hợp lệ.', en: 'Invalid registration kind.' },
  reportNumber: {
    vi: 'Số báo cáo có dạng 15/BC-CTĐ.',
    en: 'A report number looks like 15/BC-CTĐ.',
  },
  recipientsRequired: {
    vi: 'Cần ít nhất một nơi nhận (tối đa 20).',
    en: 'Give at least one recipient (at most 20).',
  },
  // The đôn đốc rules an administrator changes for their province (issue 13).
  noticeDays: {
    vi: 'Số ngày là số nguyên từ 0 đến 366.',
    en: 'A number of days is a whole number from 0 to 366.',
  },
  dueSoonSteps: {
    vi: 'Nhắc trước hạn: 1 đến 5 mốc ngày, không trùng nhau.',
    en: 'Due-soon reminders: 1 to 5 different day counts.',
  },
  overdueOrder: {
    vi: 'Số ngày quá hạn phải theo thứ tự: cán bộ ≤ người duyệt ≤ quản trị.',
    en: 'Overdue days must be in order: cadres ≤ reviewers ≤ administrators.',
  },
  reviewWaitingOrder: {
    vi: 'Số ngày chờ duyệt báo người duyệt phải ≤ số ngày báo quản trị.',
    en: 'Days before reviewers hear of a waiting report must be ≤ those for administrators.',
  },
  clock: { vi: 'Giờ phải có dạng HH:mm.', en: 'A time looks like HH:mm.' },
  facebookToken: {
    vi: 'Mã truy cập Trang (Page access token) gồm 20–1000 ký tự chữ, số và - _ . không có khoảng trắng.',
    en: 'A Page access token has 20–1000 letters, digits and - _ . with no spaces.',
  },
} as const satisfies Record<string, Bilingual>;

export type SchemaMessageCode = keyof typeof SCHEMA_MESSAGES;

/** The Vietnamese text a schema reports for a code. */
export function msg(code: SchemaMessageCode): string {
  return SCHEMA_MESSAGES[code].vi;
}

const BY_VI = new Map<string, Bilingual>(Object.values(SCHEMA_MESSAGES).map((m) => [m.vi, m]));

/** A schema message in the requested language; unknown messages pass through unchanged. */
export function translateSchemaMessage(message: string, lang: Lang): string {
  const found = BY_VI.get(message);
  return found ? found[lang] : message;
}
