// CT-03 and CT-04: a Facebook page "operating regularly and continuously", and its Fanpage form.
// Activity is judged from the latest check of the page against the configurable window.

import { daysBetween, formatDateVi } from '../dates.js';
import type { Bilingual, IsoDate, RuleSettings } from '../types.js';
import { type FactOf, quoted, type Rule, unitFacts } from './context.js';

type Page = FactOf<'facebook_page'>;

/** Lowercase, without diacritics, đ → d: "Hội CTĐ" and "hoi ctd" compare equal. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** A standard name says whose page it is: "Chữ thập đỏ", or "CTĐ" as a word of its own. */
export function isStandardPageName(name: string): boolean {
  const folded = foldVietnamese(name);
  return /chu\s+thap\s+do/.test(folded) || /(^|[^a-z0-9])ctd([^a-z0-9]|$)/.test(folded);
}

/**
 * Why a page is not active on `asOf`, or null when it is. The post count is only trusted
 * when the check is itself within the window; the last post must be no older than the window.
 */
export function pageInactivity(page: Page, asOf: IsoDate, rules: RuleSettings): Bilingual | null {
  const w = rules.facebookWindowDays;
  if (page.lastCheckedOn > asOf || daysBetween(page.lastCheckedOn, asOf) > w) {
    return {
      vi: `số liệu kiểm tra ngày ${formatDateVi(page.lastCheckedOn)} không còn trong ${w} ngày gần nhất`,
      en: `the check of ${formatDateVi(page.lastCheckedOn)} is not within the last ${w} days`,
    };
  }
  if (
    page.lastPostOn === null ||
    page.lastPostOn > asOf ||
    daysBetween(page.lastPostOn, asOf) > w
  ) {
    const last = page.lastPostOn ? formatDateVi(page.lastPostOn) : null;
    return {
      vi: last ? `bài gần nhất ngày ${last}, quá ${w} ngày` : 'chưa có bài đăng',
      en: last ? `last post on ${last}, more than ${w} days ago` : 'no post yet',
    };
  }
  if (page.recentPostCount < rules.facebookMinPosts) {
    return {
      vi: `${page.recentPostCount} bài trong ${w} ngày (cần tối thiểu ${rules.facebookMinPosts})`,
      en: `${page.recentPostCount} post(s) in ${w} days (at least ${rules.facebookMinPosts} needed)`,
    };
  }
  return null;
}

function describe(page: Page, problem: Bilingual): Bilingual {
  return {
    vi: `trang ${quoted(page.name)}: ${problem.vi}`,
    en: `page ${quoted(page.name)}: ${problem.en}`,
  };
}

function fanpageProblem(page: Page): Bilingual | null {
  if (!page.isFanpage) return { vi: 'chưa phải Fanpage', en: 'not a Fanpage' };
  if (!isStandardPageName(page.name)) {
    return {
      vi: 'tên chưa chuẩn (cần có “Chữ thập đỏ” hoặc “CTĐ”)',
      en: 'name not standard (must contain "Chữ thập đỏ" or "CTĐ")',
    };
  }
  return null;
}

/** Which observation of a page counts on `asOf` (decision 29): the latest one made on or
 *  before that day, a Facebook check winning a tie with the entered record. A check made
 *  later never counts, so a day's figures stay what they were. A page with no observation
 *  by then keeps its entered record, which the window test then finds out of date. */
export function observationsAsOf(pages: readonly Page[], asOf: IsoDate): Page[] {
  const byPage = new Map<string, Page[]>();
  for (const [i, page] of pages.entries()) {
    // Facts without a page id (older callers, tests) each stand for a page of their own.
    const key = page.pageId ?? `#${i}`;
    byPage.set(key, [...(byPage.get(key) ?? []), page]);
  }
  const chosen: Page[] = [];
  for (const observations of byPage.values()) {
    const known = observations.filter((p) => p.lastCheckedOn <= asOf);
    const latest = known.reduce<Page | undefined>((best, p) => {
      if (!best || p.lastCheckedOn > best.lastCheckedOn) return p;
      return p.lastCheckedOn === best.lastCheckedOn && p.source === 'facebook' ? p : best;
    }, undefined);
    const fallback = observations.find((p) => p.source !== 'facebook');
    const page = latest ?? fallback;
    if (page) chosen.push(page);
  }
  return chosen;
}

function pageRule(requireFanpage: boolean): Rule {
  return (ctx) => {
    const pages = observationsAsOf(
      unitFacts(ctx.facts, ctx.unit.id, 'facebook_page').filter((p) => p.createdOn <= ctx.asOf),
      ctx.asOf,
    );
    const problems: Bilingual[] = [];
    for (const page of pages) {
      const problem =
        (requireFanpage ? fanpageProblem(page) : null) ?? pageInactivity(page, ctx.asOf, ctx.rules);
      if (!problem) {
        const kind = requireFanpage ? 'Fanpage' : 'Trang Facebook';
        return {
          isMet: true,
          evidence: [page],
          metOn: page.createdOn,
          detail: {
            vi: `${kind} ${quoted(page.name)} hoạt động thường xuyên: ${page.recentPostCount} bài trong ${ctx.rules.facebookWindowDays} ngày.`,
            en: `${requireFanpage ? 'Fanpage' : 'Facebook page'} ${quoted(page.name)} is active: ${page.recentPostCount} post(s) in ${ctx.rules.facebookWindowDays} days.`,
          },
        };
      }
      problems.push(describe(page, problem));
    }
    if (pages.length === 0) {
      return {
        isMet: false,
        evidence: [],
        detail: requireFanpage
          ? { vi: 'Chưa có Fanpage nào được ghi nhận.', en: 'No Fanpage recorded.' }
          : { vi: 'Chưa có trang Facebook nào được ghi nhận.', en: 'No Facebook page recorded.' },
      };
    }
    return {
      isMet: false,
      evidence: pages,
      detail: {
        vi: `Chưa đạt: ${problems.map((p) => p.vi).join('; ')}.`,
        en: `Not yet: ${problems.map((p) => p.en).join('; ')}.`,
      },
    };
  };
}

export const facebookPageRule: Rule = pageRule(false);
export const fanpageRule: Rule = pageRule(true);
