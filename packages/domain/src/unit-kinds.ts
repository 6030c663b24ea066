// Unit kinds of the Red Cross hierarchy as the plan names them, and which kind may sit under which.
// The hierarchy itself is data (it changed on 1 July 2025); only the kinds are fixed here.

import type { Bilingual, UnitKind } from './types.js';

/** Dates in the plan are Vietnamese calendar dates; Vietnam has one zone, fixed UTC+7, no DST. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const UNIT_KIND_LABELS: Record<UnitKind, Bilingual> = {
  province: { vi: 'Hội CTĐ tỉnh', en: 'Provincial Red Cross' },
  province_board: {
    vi: 'Phòng, Ban thuộc cơ quan Hội CTĐ tỉnh',
    en: 'Board of the provincial office',
  },
  district: { vi: 'Huyện, thành Hội', en: 'District/city chapter' },
  commune: { vi: 'Hội CTĐ xã, phường, đặc khu', en: 'Commune-level chapter' },
  grassroots_province: {
    vi: 'Hội CTĐ cơ sở trực thuộc tỉnh',
    en: 'Grassroots unit under the province',
  },
  grassroots: { vi: 'Hội CTĐ cơ sở', en: 'Grassroots unit' },
};

/** Plural forms for roll-up sentences, in the plan's own wording ("100% huyện, thành Hội"). */
export const UNIT_KIND_PLURALS: Record<UnitKind, Bilingual> = {
  province: { vi: 'Hội CTĐ tỉnh', en: 'provincial Red Cross societies' },
  province_board: {
    vi: 'Phòng, Ban thuộc cơ quan Hội CTĐ tỉnh',
    en: 'boards of the provincial office',
  },
  district: { vi: 'huyện, thành Hội', en: 'district chapters' },
  commune: { vi: 'Hội CTĐ xã, phường, đặc khu', en: 'commune-level chapters' },
  grassroots_province: {
    vi: 'Hội CTĐ cơ sở trực thuộc Hội CTĐ tỉnh',
    en: 'grassroots units under the province',
  },
  grassroots: { vi: 'Hội CTĐ cơ sở', en: 'grassroots units' },
};

// The 1 July 2025 reform abolished the district level: commune-level chapters sit under
// the province and grassroots units under them (or the province). Districts stay valid
// kinds because the history before that day is kept as it was.
const ALLOWED_PARENTS: Record<UnitKind, readonly UnitKind[]> = {
  province: [],
  province_board: ['province'],
  district: ['province'],
  commune: ['province'],
  grassroots_province: ['province'],
  grassroots: ['commune', 'district', 'province'],
};

/** Whether a unit of `childKind` may be placed under a unit of `parentKind` (null = root). */
export function canParent(parentKind: UnitKind | null, childKind: UnitKind): boolean {
  if (parentKind === null) return childKind === 'province';
  return ALLOWED_PARENTS[childKind].includes(parentKind);
}

export function unitKindLabel(kind: UnitKind): Bilingual {
  return UNIT_KIND_LABELS[kind];
}

export function unitKindPlural(kind: UnitKind): Bilingual {
  return UNIT_KIND_PLURALS[kind];
}

/** Tree order for lists and matrices: the province, then its boards, districts, units under it. */
const KIND_RANK: Record<UnitKind, number> = {
  province: 0,
  province_board: 1,
  district: 2,
  commune: 2,
  grassroots_province: 3,
  grassroots: 4,
};

// One collator for every comparison: localeCompare(…, 'vi') builds a new one per call.
// Made on first use, not when the module loads: building it takes tens of milliseconds on
// a phone, and bundlers keep a `new` at module level even where the sort is never used
// (it sat in the first signed-in screen's chunk, issue 14).
let viCollator: Intl.Collator | undefined;
function compareVi(a: string, b: string): number {
  viCollator ??= new Intl.Collator('vi');
  return viCollator.compare(a, b);
}

/**
 * Units in depth-first tree order, siblings by kind and then by Vietnamese name, so a
 * district's communes follow it. Units whose parent is not in the list start new roots.
 */
export function sortUnitsAsTree<
  T extends { id: string; parentId: string | null; kind: UnitKind; name: string },
>(units: readonly T[]): T[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(key, [...(children.get(key) ?? []), unit]);
  }
  const bySibling = (a: T, b: T) =>
    KIND_RANK[a.kind] - KIND_RANK[b.kind] || compareVi(a.name, b.name);
  const out: T[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of [...(children.get(parentId) ?? [])].sort(bySibling)) {
      out.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return out;
}
