// Builders for hierarchies and facts, for this package's tests and for other packages' tests.
// Pure data with sensible defaults, so each test states only what it is about.

import type {
  AppMilestone,
  Fact,
  IndicatorCode,
  IsoDate,
  ReportStatus,
  UnitKind,
  UnitNode,
} from './types.js';

type FactOf<T extends Fact['type']> = Extract<Fact, { type: T }>;

export function makeUnit(fields: Partial<UnitNode> & { id: string }): UnitNode {
  return {
    code: fields.id,
    name: `Đơn vị ${fields.id}`,
    kind: 'district',
    parentId: 'kg',
    openedOn: '2000-01-01',
    closedOn: null,
    isSample: true,
    ...fields,
  };
}

export interface HierarchyShape {
  rootId?: string;
  boards?: number;
  districts?: number;
  grassrootsPerDistrict?: number;
  grassrootsProvince?: number;
}

/** A province with boards, districts (each with grassroots units) and units under the province. */
export function buildHierarchy(shape: HierarchyShape = {}): UnitNode[] {
  const root = shape.rootId ?? 'kg';
  const units: UnitNode[] = [makeUnit({ id: root, kind: 'province', parentId: null })];
  const add = (id: string, kind: UnitKind, parentId: string) =>
    units.push(makeUnit({ id, kind, parentId }));
  for (let b = 1; b <= (shape.boards ?? 0); b += 1) add(`${root}-ban-${b}`, 'province_board', root);
  for (let d = 1; d <= (shape.districts ?? 3); d += 1) {
    const id = `${root}-d${d}`;
    add(id, 'district', root);
    for (let g = 1; g <= (shape.grassrootsPerDistrict ?? 0); g += 1) {
      add(`${id}-g${g}`, 'grassroots', id);
    }
  }
  for (let g = 1; g <= (shape.grassrootsProvince ?? 0); g += 1) {
    add(`${root}-p${g}`, 'grassroots_province', root);
  }
  return units;
}

export const fact = {
  report(
    unitId: string,
    indicator: IndicatorCode,
    periodKey: string,
    status: ReportStatus,
    claimsMet = true,
  ): FactOf<'report'> {
    const updatedAt = '2025-06-01T03:00:00.000Z';
    return { type: 'report', unitId, indicator, periodKey, status, claimsMet, updatedAt };
  },
  session(unitId: string, heldOn: IsoDate): FactOf<'code_of_conduct_session'> {
    return { type: 'code_of_conduct_session', unitId, heldOn };
  },
  staff(unitId: string, fields: Partial<FactOf<'communication_staff'>> = {}) {
    const base: FactOf<'communication_staff'> = {
      type: 'communication_staff',
      unitId,
      name: 'Nguyễn Văn An',
      hasSmartphoneSkill: true,
      since: '2024-03-01',
      until: null,
    };
    return { ...base, ...fields };
  },
  page(unitId: string, fields: Partial<FactOf<'facebook_page'>> = {}) {
    const base: FactOf<'facebook_page'> = {
      type: 'facebook_page',
      unitId,
      url: `https://facebook.com/${unitId}`,
      name: `Hội Chữ thập đỏ ${unitId}`,
      isFanpage: false,
      createdOn: '2023-05-01',
      lastPostOn: '2025-06-10',
      recentPostCount: 6,
      lastCheckedOn: '2025-06-14',
    };
    return { ...base, ...fields };
  },
  training(unitId: string, heldOn: IsoDate, title = 'Tập huấn kỹ năng truyền thông') {
    return { type: 'training_course', unitId, heldOn, title } satisfies FactOf<'training_course'>;
  },
  campaign(campaignId: string, fields: Partial<FactOf<'campaign'>> = {}) {
    const base: FactOf<'campaign'> = {
      type: 'campaign',
      campaignId,
      title: `Chiến dịch ${campaignId}`,
      organiser: 'province',
      startsOn: '2025-03-01',
      endsOn: '2025-04-30',
      targetKinds: ['province', 'district', 'grassroots_province'],
    };
    return { ...base, ...fields };
  },
  participation(campaignId: string, unitId: string, participatedOn: IsoDate) {
    return {
      type: 'campaign_participation',
      campaignId,
      unitId,
      participatedOn,
    } satisfies FactOf<'campaign_participation'>;
  },
  publication(
    unitId: string,
    publishedOn: IsoDate,
    series: FactOf<'publication'>['series'] = 'nguoi-tot-viec-thien',
  ): FactOf<'publication'> {
    return { type: 'publication', unitId, publishedOn, series, title: 'Người tốt việc thiện' };
  },
  milestone(unitId: string, milestone: AppMilestone, reachedOn: IsoDate): FactOf<'app_milestone'> {
    return { type: 'app_milestone', unitId, milestone, reachedOn };
  },
};
