// Rules about a standing capacity, judged on the evaluation date: CT-02 staff and CT-08 the app.
// "By 2025" targets stay measured after the deadline, so a late completion turns the state to met.

import { formatDateVi } from '../dates.js';
import type { AppMilestone, Bilingual } from '../types.js';
import { APP_MILESTONES } from '../types.js';
import { type Rule, unitFacts } from './context.js';

export const communicationStaffRule: Rule = (ctx) => {
  const staff = unitFacts(ctx.facts, ctx.unit.id, 'communication_staff');
  const serving = staff.filter(
    (s) => s.since <= ctx.asOf && (s.until === null || s.until >= ctx.asOf),
  );
  const skilled = serving.filter((s) => s.hasSmartphoneSkill);
  const first = skilled[0];
  if (first) {
    return {
      isMet: true,
      evidence: skilled,
      metOn: first.since,
      detail: {
        vi: `Có ${skilled.length} cán bộ truyền thông biết sử dụng điện thoại thông minh: ${skilled.map((s) => s.name).join(', ')}.`,
        en: `${skilled.length} communication staff member(s) with smartphone skills: ${skilled.map((s) => s.name).join(', ')}.`,
      },
    };
  }
  if (staff.length === 0) {
    return {
      isMet: false,
      evidence: [],
      detail: {
        vi: 'Chưa có cán bộ truyền thông nào được ghi nhận.',
        en: 'No communication staff recorded.',
      },
    };
  }
  const former = staff.length - serving.length;
  return {
    isMet: false,
    evidence: staff.filter((s) => s.since <= ctx.asOf),
    detail: {
      vi: `Chưa có cán bộ truyền thông biết sử dụng điện thoại thông minh (${serving.length} cán bộ truyền thông đang công tác chưa có kỹ năng, ${former} cán bộ không còn công tác hoặc chưa nhận nhiệm vụ).`,
      en: `No serving communication staff member with smartphone skills (${serving.length} serving without the skill, ${former} not serving on that date).`,
    },
  };
};

export const APP_MILESTONE_LABELS: Record<AppMilestone, Bilingual> = {
  requirements: { vi: 'Xác định yêu cầu', en: 'Requirements' },
  content: { vi: 'Xây dựng nội dung', en: 'Content' },
  pilot: { vi: 'Thử nghiệm', en: 'Pilot' },
  launch: { vi: 'Đưa vào sử dụng', en: 'Launch' },
};

export const appMilestoneRule: Rule = (ctx) => {
  const reached = unitFacts(ctx.facts, ctx.unit.id, 'app_milestone').filter(
    (m) => m.reachedOn <= ctx.asOf,
  );
  const launch = reached.find((m) => m.milestone === 'launch');
  if (launch) {
    return {
      isMet: true,
      evidence: [launch],
      metOn: launch.reachedOn,
      detail: {
        vi: `Ứng dụng đã đưa vào sử dụng ngày ${formatDateVi(launch.reachedOn)}.`,
        en: `The app launched on ${formatDateVi(launch.reachedOn)}.`,
      },
    };
  }
  // The furthest milestone tells the province how close the app is.
  const latest = [...reached].sort(
    (a, b) => APP_MILESTONES.indexOf(b.milestone) - APP_MILESTONES.indexOf(a.milestone),
  )[0];
  if (!latest) {
    return {
      isMet: false,
      evidence: [],
      detail: { vi: 'Ứng dụng chưa đạt mốc nào.', en: 'The app has reached no milestone yet.' },
    };
  }
  const label = APP_MILESTONE_LABELS[latest.milestone];
  return {
    isMet: false,
    evidence: reached,
    detail: {
      vi: `Ứng dụng mới đạt mốc “${label.vi}” (${APP_MILESTONES.indexOf(latest.milestone) + 1}/${APP_MILESTONES.length}) ngày ${formatDateVi(latest.reachedOn)}, chưa đưa vào sử dụng.`,
      en: `The app has reached "${label.en}" (${APP_MILESTONES.indexOf(latest.milestone) + 1}/${APP_MILESTONES.length}) on ${formatDateVi(latest.reachedOn)}, not launched yet.`,
    },
  };
};
