// Rules met by counting dated records in a window: CT-01 sessions, CT-05 courses, CT-07 publications.
// Term indicators count records up to the term's end; yearly ones only inside their year.

import { formatDateVi, minDate } from '../dates.js';
import { type Rule, type RuleContext, unitFacts, within } from './context.js';

function termLabel(ctx: RuleContext): string {
  return ctx.period.key.replace('-', '–');
}

export const codeOfConductRule: Rule = (ctx) => {
  const until = minDate(ctx.period.due, ctx.asOf);
  const sessions = unitFacts(ctx.facts, ctx.unit.id, 'code_of_conduct_session').filter((s) =>
    within(s.heldOn, ctx.period.start, until),
  );
  const first = sessions[0];
  if (!first) {
    return {
      isMet: false,
      evidence: [],
      detail: {
        vi: `Chưa có buổi quán triệt, phổ biến Bộ Quy tắc ứng xử nào trong nhiệm kỳ ${termLabel(ctx)}.`,
        en: `No Code of Conduct session held in the ${termLabel(ctx)} term.`,
      },
    };
  }
  return {
    isMet: true,
    evidence: sessions,
    metOn: first.heldOn,
    detail: {
      vi: `Đã tổ chức ${sessions.length} buổi quán triệt, phổ biến Bộ Quy tắc ứng xử, buổi đầu ngày ${formatDateVi(first.heldOn)}.`,
      en: `${sessions.length} Code of Conduct session(s) held, the first on ${formatDateVi(first.heldOn)}.`,
    },
  };
};

export const trainingRule: Rule = (ctx) => {
  const until = minDate(ctx.period.due, ctx.asOf);
  const courses = unitFacts(ctx.facts, ctx.unit.id, 'training_course').filter((c) =>
    within(c.heldOn, ctx.period.start, until),
  );
  const year = ctx.period.key;
  if (courses.length === 0) {
    return {
      isMet: false,
      evidence: [],
      detail: {
        vi: `Chưa có khóa tập huấn nào trong năm ${year}.`,
        en: `No training course held in ${year}.`,
      },
    };
  }
  return {
    isMet: true,
    evidence: courses,
    metOn: courses[0]?.heldOn,
    detail: {
      vi: `Đã tổ chức ${courses.length} khóa tập huấn trong năm ${year} (tối thiểu 1).`,
      en: `${courses.length} training course(s) held in ${year} (minimum 1).`,
    },
  };
};

export const publicationRule: Rule = (ctx) => {
  const until = minDate(ctx.period.due, ctx.asOf);
  const all = unitFacts(ctx.facts, ctx.unit.id, 'publication').filter((p) =>
    within(p.publishedOn, ctx.period.start, until),
  );
  const series = all.filter((p) => p.series === 'nguoi-tot-viec-thien');
  const first = series[0];
  if (!first) {
    const others = all.length;
    const term = termLabel(ctx);
    return {
      isMet: false,
      evidence: all,
      detail: {
        vi: `Chưa có ấn phẩm “Người tốt việc thiện” nào trong nhiệm kỳ ${term}${others > 0 ? ` (có ${others} ấn phẩm khác)` : ''}.`,
        en: `No "Good people, good deeds" publication in the ${term} term${others > 0 ? ` (${others} other publication(s))` : ''}.`,
      },
    };
  }
  return {
    isMet: true,
    evidence: series,
    metOn: first.publishedOn,
    detail: {
      vi: `Đã biên tập ${series.length} ấn phẩm “Người tốt việc thiện”, ấn phẩm đầu ngày ${formatDateVi(first.publishedOn)}.`,
      en: `${series.length} "Good people, good deeds" publication(s), the first on ${formatDateVi(first.publishedOn)}.`,
    },
  };
};
