// Every operation of the public API, in the order the document and the page show them:
// path, words in both languages, parameters with their zod schemas, what answers. The
// OpenAPI document (openapi-document.ts) and /docs/public-api are both made from this list;
// openapi.test.ts checks it against the routes Fastify really serves.
import { ZIsoDate, ZPledgeInput, ZRegistrationInput } from '@lantoa/domain';
import { z } from 'zod';
import { ZIndicatorCode, ZLang, ZRollupYear, ZStoryLimit, ZUnitCode } from './public-schemas.js';

type Bilingual = { vi: string; en: string };

export interface PublicParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: z.ZodType;
}

type ComponentId =
  | 'UnitList'
  | 'Compliance'
  | 'Stories'
  | 'ProvinceRollups'
  | 'Appeal'
  | 'FormToken'
  | 'PledgeCreated'
  | 'Drive'
  | 'RegistrationCreated';

export interface PublicOperation {
  path: string;
  /** GET unless said: the public forms POST. */
  method?: 'post';
  /** The form's JSON body (documented as its input). */
  requestBody?: z.ZodType;
  summary: Bilingual;
  description: Bilingual;
  parameters: PublicParameter[];
  /** 'svg' for an image, a component id for JSON, 'any' for a JSON document of its own. */
  body: 'svg' | 'any' | ComponentId;
  /** Statuses besides 200 (or 201 for a POST), 304, 404 and 503. */
  refusals?: { status: number; description: string }[];
  /** Not cached: no ETag, no 304 (tokens, forms). */
  isUncached?: boolean;
  example: string;
}

const code = (what: string): PublicParameter => ({
  name: 'code',
  in: 'path',
  required: true,
  schema: ZUnitCode.describe(what),
});
const ZPledgeReferenceParam = z
  .string()
  .regex(/^LT[0-9A-HJKMNP-TV-Z]{8}$/)
  .describe('The pledge code from the pledge answer.');
const ZAmountParam = z.int().min(1_000).describe('Whole đồng; none lets the giver type it.');
const lang: PublicParameter = { name: 'lang', in: 'query', required: false, schema: ZLang };
/** "As of" a day (yyyy-mm-dd, 2022 to today): the unit as it stood then (decision 19). */
const asOf: PublicParameter = {
  name: 'asOf',
  in: 'query',
  required: false,
  schema: ZIsoDate.describe('yyyy-mm-dd, from 2022-01-01 to today'),
};

export const PUBLIC_OPERATIONS: PublicOperation[] = [
  {
    path: '/public/v1/units.json',
    summary: { vi: 'Danh sách đơn vị và mã', en: 'Units and their codes' },
    description: {
      vi: 'Các đơn vị đang hoạt động hôm nay, với mã để nhúng; `under` giới hạn trong một nhánh.',
      en: 'The units open today, with the codes to embed; `under` narrows to one subtree.',
    },
    parameters: [{ name: 'under', in: 'query', required: false, schema: ZUnitCode }, lang],
    body: 'UnitList',
    example: '/public/v1/units.json?under=an-giang',
  },
  {
    path: '/public/v1/provinces/{code}/rollups.json',
    summary: { vi: 'Số liệu tổng hợp của tỉnh', en: "A province's roll-ups" },
    description: {
      vi: 'Mỗi chỉ tiêu: số đơn vị đạt trên số đơn vị áp dụng, như kế hoạch tính ("100% …").',
      en: 'Per indicator: units that meet it over units it applies to, as the plan counts ("100% …").',
    },
    parameters: [
      code('The province code.'),
      { name: 'year', in: 'query', required: false, schema: ZRollupYear },
      lang,
    ],
    body: 'ProvinceRollups',
    example: '/public/v1/provinces/an-giang/rollups.json',
  },
  {
    path: '/public/v1/units/{code}/badge.svg',
    summary: { vi: 'Huy hiệu một chỉ tiêu', en: "One indicator's badge" },
    description: {
      vi: 'Ảnh SVG có role="img" và <title>; đơn vị đã giải thể vẫn trả lời và nêu đơn vị kế thừa.',
      en: 'An SVG with role="img" and <title>; a closed unit still answers and names its successor.',
    },
    parameters: [
      code('The unit code.'),
      { name: 'indicator', in: 'query', required: true, schema: ZIndicatorCode },
      lang,
      asOf,
    ],
    body: 'svg',
    example: '/public/v1/units/an-giang/badge.svg?indicator=CT-03',
  },
  {
    path: '/public/v1/units/{code}/compliance.json',
    summary: { vi: 'Trạng thái các chỉ tiêu của đơn vị', en: "A unit's indicators and states" },
    description: {
      vi: 'Các chỉ tiêu áp dụng cho đơn vị trong kỳ hiện tại, trạng thái và lý do bằng lời.',
      en: 'The indicators that apply to the unit in their current period, with state and reason.',
    },
    parameters: [code('The unit code.'), lang, asOf],
    body: 'Compliance',
    example: '/public/v1/units/an-giang/compliance.json?lang=en',
  },
  {
    path: '/public/v1/units/{code}/stories.json',
    summary: { vi: 'Bài viết đã đăng của đơn vị', en: "A unit's published stories" },
    description: {
      vi: 'Mới nhất trước; nội dung HTML đã được làm sạch.',
      en: 'Newest first; HTML bodies already sanitised.',
    },
    parameters: [
      code('The unit code.'),
      { name: 'limit', in: 'query', required: false, schema: ZStoryLimit },
      lang,
    ],
    body: 'Stories',
    example: '/public/v1/units/an-giang/stories.json?limit=3',
  },
  {
    path: '/public/v1/appeals/{code}.json',
    summary: { vi: 'Đợt vận động và công khai thu chi', en: 'An appeal and its public accounts' },
    description: {
      vi: 'Lời kêu gọi, tiến độ (đã nhận / mục tiêu), tiền nhận theo ngày với người ủng hộ như họ chọn (tên hoặc ẩn danh), và các khoản chi kèm chứng từ. Không bao giờ có thông tin liên hệ.',
      en: 'The call, its progress (received / target), money received by day with givers as they chose (a name or anonymous), and disbursements with evidence. Never any contact details.',
    },
    parameters: [code('The appeal code.'), lang],
    body: 'Appeal',
    example: '/public/v1/appeals/lu-lut-2026.json',
  },
  {
    path: '/public/v1/appeals/{code}/qr.svg',
    summary: { vi: 'Mã VietQR của một lượt ủng hộ', en: "One pledge's VietQR code" },
    description: {
      vi: 'Ảnh SVG do máy chủ Lan Tỏa tạo (chuẩn NAPAS/EMVCo): tài khoản nhận, số tiền và nội dung chuyển khoản có mã ủng hộ.',
      en: "An SVG made by the Lan Tỏa server (NAPAS/EMVCo): the receiving account, the amount and a memo carrying the pledge's code.",
    },
    parameters: [
      code('The appeal code.'),
      { name: 'ref', in: 'query', required: true, schema: ZPledgeReferenceParam },
      { name: 'amount', in: 'query', required: false, schema: ZAmountParam },
      lang,
    ],
    body: 'svg',
    refusals: [
      { status: 400, description: 'A malformed code or amount.' },
      { status: 429, description: 'Too many codes asked from one address this hour.' },
    ],
    isUncached: true,
    example: '/public/v1/appeals/lu-lut-2026/qr.svg?ref=LT7K3Q9XA2&amount=200000',
  },
  {
    path: '/public/v1/form-token',
    summary: { vi: 'Mã thời gian của biểu mẫu', en: "A form's time-check token" },
    description: {
      vi: 'Lấy trước khi hiện biểu mẫu; gửi lại cùng biểu mẫu sau ít nhất 3 giây, trong vòng 2 giờ. Kèm lời đồng ý (Luật 91/2025/QH15) và phiên bản của nó.',
      en: 'Fetch it when showing the form; send it back with the form after 3 s at least, within 2 h. Comes with the consent wording (Law 91/2025/QH15) and its version.',
    },
    parameters: [
      {
        name: 'purpose',
        in: 'query',
        required: false,
        schema: z
          .enum(['giving', 'registration'])
          .describe('Which consent wording: a gift (default) or a registration.'),
      },
      lang,
    ],
    body: 'FormToken',
    isUncached: true,
    example: '/public/v1/form-token',
  },
  {
    path: '/public/v1/appeals/{code}/pledges',
    method: 'post',
    summary: { vi: 'Đăng ký ủng hộ', en: 'Pledge a gift' },
    description: {
      vi: 'Tên hoặc ẩn danh (displayName: null), số tiền hoặc để trống, liên hệ không bắt buộc, đồng ý xử lý dữ liệu. Trả về mã ủng hộ, nội dung chuyển khoản và mã VietQR. Giới hạn theo địa chỉ và theo đợt vận động; tối đa 4 KB.',
      en: 'A name or anonymous (displayName: null), an amount or none, optional contact details, consent. Answers with the pledge code, the transfer memo and the VietQR code. Limited per address and per appeal; 4 KB at most.',
    },
    parameters: [code('The appeal code.'), lang],
    requestBody: ZPledgeInput,
    body: 'PledgeCreated',
    refusals: [
      {
        status: 400,
        description: 'Invalid fields, the time check failed, or the appeal is not open.',
      },
      { status: 413, description: 'The body is larger than 4 KB.' },
      {
        status: 429,
        description: 'Too many pledges from this address, or to this appeal, this hour.',
      },
    ],
    isUncached: true,
    example: '/public/v1/appeals/lu-lut-2026/pledges',
  },
  {
    path: '/public/v1/drives/{code}.json',
    summary: { vi: 'Đợt đăng ký', en: 'A registration drive' },
    description: {
      vi: 'Đăng ký tình nguyện viên, hiến máu tình nguyện hoặc sự kiện: nội dung, ngày, địa điểm, số chỗ còn lại. Không bao giờ có tên hay thông tin liên hệ của người đăng ký.',
      en: 'Volunteering, a blood-donation day or an event: what, when, where, places left. Never the names or contact details of those who registered.',
    },
    parameters: [code('The drive code.'), lang],
    body: 'Drive',
    example: '/public/v1/drives/hien-mau-2026.json',
  },
  {
    path: '/public/v1/drives/{code}/registrations',
    method: 'post',
    summary: { vi: 'Đăng ký tham gia', en: 'Register' },
    description: {
      vi: 'Họ tên, email hoặc số điện thoại, đồng ý xử lý dữ liệu (lấy lời đồng ý từ /public/v1/form-token?purpose=registration). Giới hạn theo địa chỉ và theo đợt đăng ký; tối đa 4 KB.',
      en: 'A name, an email or a phone number, consent (the wording from /public/v1/form-token?purpose=registration). Limited per address and per drive; 4 KB at most.',
    },
    parameters: [code('The drive code.'), lang],
    requestBody: ZRegistrationInput,
    body: 'RegistrationCreated',
    refusals: [
      {
        status: 400,
        description: 'Invalid fields, the time check failed, or the drive is closed.',
      },
      { status: 409, description: 'No places left.' },
      { status: 413, description: 'The body is larger than 4 KB.' },
      {
        status: 429,
        description: 'Too many registrations from this address, or to this drive, this hour.',
      },
    ],
    isUncached: true,
    example: '/public/v1/drives/hien-mau-2026/registrations',
  },
  {
    path: '/public/v1/openapi.json',
    summary: { vi: 'Tài liệu OpenAPI này', en: 'This OpenAPI document' },
    description: { vi: 'OpenAPI 3.1, JSON.', en: 'OpenAPI 3.1, as JSON.' },
    parameters: [],
    body: 'any',
    example: '/public/v1/openapi.json',
  },
];
