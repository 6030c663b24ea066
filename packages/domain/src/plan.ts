// Plan No. 48/KH-CTĐKG as data: its indicators (section I.2) and the tunable rule defaults.
// Vietnamese titles quote the plan verbatim because the users know its wording.

import type {
  Bilingual,
  IndicatorCode,
  IsoDate,
  RuleSettings,
  Schedule,
  UnitKind,
} from './types.js';

export const RULE_IDS = [
  'code_of_conduct',
  'communication_staff',
  'facebook_page',
  'fanpage',
  'training',
  'campaign',
  'publication',
  'app_milestone',
  'report_only',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Indicator {
  code: IndicatorCode;
  /** vi quotes the plan's bullet; en translates it. */
  title: Bilingual;
  shortTitle: Bilingual;
  /** Where in the plan the indicator comes from, e.g. 'I.2, gạch đầu dòng 3'. */
  clause: string;
  appliesTo: UnitKind[];
  /** The kinds the plan's "100% …" figure counts, e.g. districts for CT-02 although it binds three kinds. */
  rollupKinds: UnitKind[];
  /** What the plan asks, in short: "100% huyện, thành Hội"; an amendment may restate it. */
  target: Bilingual;
  /** Which of the engine's rules decides it from records ('report_only': approved reports alone). */
  ruleId: RuleId;
  schedule: Schedule;
  /** How the software decides the indicator is met, in words a cadre can check. */
  rule: Bilingual;
  /** Set by overrideDue: the plan's own due date, which keeps period keys stable ('by-2025'). */
  plannedDue?: IsoDate;
}

export const PLAN = {
  id: '48/KH-CTĐKG',
  title: {
    vi: 'Kế hoạch thực hiện Nghị quyết số 26/NQ-TUHCĐĐ ngày 23/01/2024 của Trung ương Hội Chữ thập đỏ Việt Nam về tiếp tục đổi mới và nâng cao chất lượng hiệu quả hoạt động truyền thông của Hội Chữ thập đỏ Việt Nam trong bối cảnh chuyển đổi số',
    en: 'Plan implementing Resolution 26/NQ-TUHCĐĐ of 23/01/2024 of the Central Committee of the Vietnam Red Cross Society on renewing and improving its communications in the context of digital transformation',
  },
  issuer: { vi: 'Hội Chữ thập đỏ tỉnh Kiên Giang', en: 'Red Cross Society of Kiên Giang province' },
  /** The document is dated 17/01/2024 although it cites a resolution of 23/01/2024; kept as printed. */
  issuedOn: '2024-01-17',
  resolution: { id: '26/NQ-TUHCĐĐ', issuedOn: '2024-01-23' },
  term: { from: '2022-01-01', to: '2027-12-31' },
} as const;

export const DEFAULT_RULES: RuleSettings = {
  facebookMinPosts: 4,
  facebookWindowDays: 30,
  dueSoonDays: 30,
};

const TERM: Schedule = { kind: 'term', from: PLAN.term.from, to: PLAN.term.to };
const YEARLY: Schedule = { kind: 'yearly', firstYear: 2024, lastYear: 2027 };
const clause = (n: number) => `I.2, gạch đầu dòng ${n}`;

export const INDICATORS: readonly Indicator[] = [
  {
    code: 'CT-01',
    title: {
      vi: '100% huyện, thành Hội tổ chức quán triệt, phổ biến Bộ Quy tắc ứng xử của cán bộ Hội đến các cấp Hội.',
      en: '100% of district/city chapters disseminate the Code of Conduct for Society cadres to every level of the Society.',
    },
    shortTitle: { vi: 'Phổ biến Bộ Quy tắc ứng xử', en: 'Code of Conduct disseminated' },
    clause: clause(1),
    appliesTo: ['district'],
    rollupKinds: ['district'],
    target: { vi: '100% huyện, thành Hội', en: '100% of district/city chapters' },
    ruleId: 'code_of_conduct',
    schedule: TERM,
    rule: {
      vi: 'Có ít nhất một buổi quán triệt, phổ biến Bộ Quy tắc ứng xử trong nhiệm kỳ.',
      en: 'At least one Code of Conduct session held within the term.',
    },
  },
  {
    code: 'CT-02',
    title: {
      vi: 'Đến năm 2025, Hội CTĐ tỉnh và 100% huyện, thành Hội, Hội CTĐ cơ sở trực thuộc Hội CTĐ tỉnh có cán bộ truyền thông biết sử dụng điện thoại thông minh, các công cụ, ứng dụng thông minh để sản xuất các sản phẩm truyền thông trên các nền tảng trực tuyến.',
      en: 'By 2025, the province and 100% of district/city chapters and grassroots units under the province have communication staff able to use smartphones and smart tools and apps to produce content for online platforms.',
    },
    shortTitle: {
      vi: 'Cán bộ truyền thông dùng điện thoại thông minh',
      en: 'Smartphone-skilled communication staff',
    },
    clause: clause(2),
    appliesTo: ['province', 'district', 'grassroots_province'],
    rollupKinds: ['district'],
    target: {
      vi: 'Hội CTĐ tỉnh và 100% huyện, thành Hội, Hội CTĐ cơ sở trực thuộc tỉnh',
      en: 'the province and 100% of district/city chapters and grassroots units under the province',
    },
    ruleId: 'communication_staff',
    schedule: { kind: 'deadline', due: '2025-12-31' },
    rule: {
      vi: 'Có ít nhất một cán bộ truyền thông có kỹ năng sử dụng điện thoại thông minh đang công tác.',
      en: 'At least one communication staff member with smartphone skills currently serving.',
    },
  },
  {
    code: 'CT-03',
    title: {
      vi: 'Đến năm 2025, 100% huyện, thành Hội và Hội CTĐ cơ sở trực thuộc Hội CTĐ tỉnh thành lập được trang Facebook hoạt động thường xuyên, liên tục.',
      en: 'By 2025, 100% of district/city chapters and grassroots units under the province have set up a Facebook page operating regularly and continuously.',
    },
    shortTitle: { vi: 'Trang Facebook hoạt động thường xuyên', en: 'Active Facebook page' },
    clause: clause(3),
    appliesTo: ['district', 'grassroots_province'],
    rollupKinds: ['district'],
    target: {
      vi: '100% huyện, thành Hội và Hội CTĐ cơ sở trực thuộc tỉnh',
      en: '100% of district/city chapters and grassroots units under the province',
    },
    ruleId: 'facebook_page',
    schedule: { kind: 'deadline', due: '2025-12-31' },
    rule: {
      vi: 'Có trang Facebook đăng đủ số bài tối thiểu trong khoảng thời gian quy định, bài gần nhất còn trong khoảng đó.',
      en: 'A Facebook page with the minimum number of posts in the activity window, its last post within that window.',
    },
  },
  {
    code: 'CT-04',
    title: {
      vi: 'Đến năm 2026, 100% huyện, thành Hội và Hội CTĐ cơ sở trực thuộc Hội CTĐ tỉnh chuẩn hóa trang Facebook của huyện, thành Hội thành trang Fanpage hoạt động thường xuyên, liên tục.',
      en: 'By 2026, 100% of district/city chapters and grassroots units under the province standardise their Facebook page into a Fanpage operating regularly and continuously.',
    },
    shortTitle: { vi: 'Chuẩn hóa thành Fanpage', en: 'Standardised Fanpage' },
    clause: clause(4),
    appliesTo: ['district', 'grassroots_province'],
    rollupKinds: ['district'],
    target: {
      vi: '100% huyện, thành Hội và Hội CTĐ cơ sở trực thuộc tỉnh',
      en: '100% of district/city chapters and grassroots units under the province',
    },
    ruleId: 'fanpage',
    schedule: { kind: 'deadline', due: '2026-12-31' },
    rule: {
      vi: 'Trang là Fanpage, tên có "Chữ thập đỏ" hoặc "CTĐ", và hoạt động thường xuyên như CT-03.',
      en: 'The page is a Fanpage named with "Chữ thập đỏ" or "CTĐ" and active as for CT-03.',
    },
  },
  {
    code: 'CT-05',
    title: {
      vi: 'Hàng năm, cấp tỉnh và 100% huyện, thành Hội đưa hoạt động tập huấn kiến thức Hội và kỹ năng truyền thông cho cán bộ cơ quan và cấp cơ sở vào kế hoạch hàng năm, tối thiểu 1 khóa/năm.',
      en: 'Every year, the province and 100% of district/city chapters include training on Society knowledge and communication skills in their annual plan, at least 1 course a year.',
    },
    shortTitle: { vi: 'Tập huấn tối thiểu 1 khóa/năm', en: 'At least 1 training course a year' },
    clause: clause(5),
    appliesTo: ['province', 'district'],
    rollupKinds: ['district'],
    target: {
      vi: 'Cấp tỉnh và 100% huyện, thành Hội, tối thiểu 1 khóa/năm',
      en: 'the province and 100% of district/city chapters, at least 1 course a year',
    },
    ruleId: 'training',
    schedule: YEARLY,
    rule: {
      vi: 'Tổ chức ít nhất 1 khóa tập huấn trong năm.',
      en: 'At least 1 training course held in the year.',
    },
  },
  {
    code: 'CT-06',
    title: {
      vi: 'Hàng năm, cấp tỉnh và 100% huyện, thành Hội, Hội CTĐ cơ sở trực thuộc Hội CTĐ tỉnh tham gia các chiến dịch truyền thông, các cuộc thi tuyên truyền về Hội do Trung ương Hội, Hội CTĐ tỉnh tổ chức.',
      en: 'Every year, the province and 100% of district/city chapters and grassroots units under the province take part in the communication campaigns and propaganda contests organised by Central or the province.',
    },
    shortTitle: { vi: 'Tham gia chiến dịch, cuộc thi', en: 'Campaigns and contests joined' },
    clause: clause(6),
    appliesTo: ['province', 'district', 'grassroots_province'],
    rollupKinds: ['district'],
    target: {
      vi: 'Cấp tỉnh và 100% huyện, thành Hội, Hội CTĐ cơ sở trực thuộc tỉnh',
      en: 'the province and 100% of district/city chapters and grassroots units under the province',
    },
    ruleId: 'campaign',
    schedule: YEARLY,
    rule: {
      vi: 'Tham gia tất cả chiến dịch, cuộc thi trong năm có đối tượng là cấp của đơn vị.',
      en: "Took part in every campaign or contest of the year that targeted the unit's level.",
    },
  },
  {
    code: 'CT-07',
    title: {
      vi: 'Trong nhiệm kỳ, biên tập ít nhất một ấn phẩm, tài liệu về “Người tốt việc thiện - Chung sức xây dựng cộng đồng nhân ái”.',
      en: 'Within the term, edit at least one publication on "Good people, good deeds – Joining hands to build a compassionate community".',
    },
    shortTitle: {
      vi: 'Ấn phẩm “Người tốt việc thiện”',
      en: '"Good people, good deeds" publication',
    },
    clause: clause(7),
    appliesTo: ['province'],
    rollupKinds: ['province'],
    target: {
      vi: 'Ít nhất một ấn phẩm trong nhiệm kỳ',
      en: 'at least one publication within the term',
    },
    ruleId: 'publication',
    schedule: TERM,
    rule: {
      vi: 'Có ít nhất một ấn phẩm thuộc loạt “Người tốt việc thiện” trong nhiệm kỳ.',
      en: 'At least one publication of the "Good people, good deeds" series within the term.',
    },
  },
  {
    code: 'CT-08',
    title: {
      vi: 'Đến năm 2027 triển khai các nội dung cơ bản ứng dụng (app) phục vụ hoạt động truyền thông gắn với mục tiêu chuyển đổi số của Chính phủ, của tỉnh để nâng cao hiệu quả, hiệu lực hoạt động.',
      en: 'By 2027, deploy the basic contents of an app for communications, tied to the digital-transformation goals of the Government and the province.',
    },
    shortTitle: { vi: 'Triển khai ứng dụng (app)', en: 'Communications app deployed' },
    clause: clause(8),
    appliesTo: ['province'],
    rollupKinds: ['province'],
    target: { vi: 'Ứng dụng được đưa vào sử dụng', en: 'the app launched' },
    ruleId: 'app_milestone',
    schedule: { kind: 'deadline', due: '2027-12-31' },
    rule: {
      vi: 'Ứng dụng đạt mốc “Đưa vào sử dụng” (launch).',
      en: 'The app reached its launch milestone.',
    },
  },
];

/** Admin-set due dates replacing the plan's ("By 2025" = 31/12/2025 unless set otherwise). */
export type DueOverrides = Partial<Record<IndicatorCode, IsoDate>>;

export function indicatorOf(
  code: IndicatorCode,
  indicators: readonly Indicator[] = INDICATORS,
): Indicator {
  const found = indicators.find((i) => i.code === code);
  if (!found) throw new RangeError(`Unknown indicator ${code}`);
  return found;
}

/**
 * The indicator with another due date. Only deadline and term schedules have a single due
 * date to move; a yearly indicator is returned unchanged because "every year" ends on 31/12.
 */
export function overrideDue(indicator: Indicator, due: IsoDate | undefined): Indicator {
  if (due === undefined) return indicator;
  const s = indicator.schedule;
  if (s.kind === 'deadline') {
    const plannedDue = indicator.plannedDue ?? s.due;
    return { ...indicator, plannedDue, schedule: { kind: 'deadline', due } };
  }
  if (s.kind === 'term') {
    const plannedDue = indicator.plannedDue ?? s.to;
    return { ...indicator, plannedDue, schedule: { ...s, to: due } };
  }
  return indicator;
}
