// How the plan page words an indicator's schedule and unit kinds, in the user's language.
import {
  type Bilingual,
  formatDateVi,
  type RuleId,
  type Schedule,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '@lantoa/domain';

export function scheduleText(schedule: Schedule): Bilingual {
  if (schedule.kind === 'yearly') {
    return {
      vi: `Hằng năm ${schedule.firstYear}–${schedule.lastYear}, hạn 31/12 mỗi năm`,
      en: `Every year ${schedule.firstYear}–${schedule.lastYear}, due 31/12 each year`,
    };
  }
  if (schedule.kind === 'term') {
    const to = formatDateVi(schedule.to);
    return { vi: `Trong nhiệm kỳ, hạn ${to}`, en: `Within the term, due ${to}` };
  }
  const due = formatDateVi(schedule.due);
  return { vi: `Hạn ${due}`, en: `Due ${due}` };
}

export function kindsText(kinds: readonly UnitKind[]): Bilingual {
  return {
    vi: kinds.map((k) => UNIT_KIND_LABELS[k].vi).join('; '),
    en: kinds.map((k) => UNIT_KIND_LABELS[k].en).join('; '),
  };
}

export const CHANGE_TYPE_LABELS = {
  set_unit_kinds: { vi: 'Đổi cấp đơn vị áp dụng', en: 'Change the unit kinds' },
  set_target: { vi: 'Đổi mục tiêu', en: 'Change the target' },
  set_schedule: { vi: 'Đổi hạn chót của chỉ tiêu', en: 'Change the indicator’s due date' },
  set_deadline: { vi: 'Đổi hạn báo cáo', en: 'Change a reporting deadline' },
  retire_indicator: { vi: 'Bãi bỏ chỉ tiêu', en: 'Retire an indicator' },
  add_indicator: { vi: 'Thêm chỉ tiêu', en: 'Add an indicator' },
} as const satisfies Record<string, Bilingual>;

/** What each of the engine's rules reads, for the rule an added indicator is judged by. */
export const RULE_LABELS = {
  report_only: { vi: 'Chỉ theo báo cáo được duyệt', en: 'Approved reports only' },
  code_of_conduct: { vi: 'Buổi quán triệt quy tắc ứng xử', en: 'Code-of-conduct sessions' },
  communication_staff: { vi: 'Cán bộ truyền thông', en: 'Communication staff' },
  facebook_page: { vi: 'Trang Facebook', en: 'Facebook page' },
  fanpage: { vi: 'Fanpage', en: 'Fanpage' },
  training: { vi: 'Lớp tập huấn', en: 'Training courses' },
  campaign: { vi: 'Tham gia chiến dịch', en: 'Campaign participation' },
  publication: { vi: 'Ấn phẩm', en: 'Publication' },
  app_milestone: { vi: 'Mốc ứng dụng', en: 'App milestone' },
} as const satisfies Record<RuleId, Bilingual>;
