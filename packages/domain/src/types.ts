// The domain's vocabulary: the shapes the API feeds into `evaluate` and gets back.
// Dates are ISO calendar dates ('2025-12-31') in Asia/Ho_Chi_Minh unless named *At (instants).

export type IsoDate = string;
export type Bilingual = { vi: string; en: string };

export const UNIT_KINDS = [
  'province',
  'province_board',
  'district',
  'commune',
  'grassroots_province',
  'grassroots',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit as it stood on the "as of" date of the hierarchy it belongs to. */
export interface UnitNode {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  isSample: boolean;
}

export const INDICATOR_CODES = [
  'CT-01',
  'CT-02',
  'CT-03',
  'CT-04',
  'CT-05',
  'CT-06',
  'CT-07',
  'CT-08',
] as const;
/** Plan 48's own codes are INDICATOR_CODES; an amendment may add another "CT-nn". */
export type IndicatorCode = `CT-${string}`;
export type BaseIndicatorCode = (typeof INDICATOR_CODES)[number];

export type Schedule =
  | { kind: 'deadline'; due: IsoDate }
  | { kind: 'yearly'; firstYear: number; lastYear: number }
  | { kind: 'term'; from: IsoDate; to: IsoDate };

/** One evaluable period of an indicator: a year ('2025'), the term ('2022-2027'), or 'by-2025'. */
export interface Period {
  key: string;
  start: IsoDate;
  due: IsoDate;
}

export const COMPLIANCE_STATES = [
  'met',
  'pending_review',
  'in_progress',
  'due_soon',
  'overdue',
  'not_met',
  'not_applicable',
] as const;
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const APP_MILESTONES = ['requirements', 'content', 'pilot', 'launch'] as const;
export type AppMilestone = (typeof APP_MILESTONES)[number];

/** Facts: what the database knows that bears on an indicator. */
export type Fact =
  | {
      type: 'report';
      unitId: string;
      indicator: IndicatorCode;
      periodKey: string;
      status: ReportStatus;
      /** The cadre's claim: is the indicator met for this period? */
      claimsMet: boolean;
      updatedAt: string;
    }
  | { type: 'code_of_conduct_session'; unitId: string; heldOn: IsoDate }
  | {
      type: 'communication_staff';
      unitId: string;
      name: string;
      hasSmartphoneSkill: boolean;
      since: IsoDate;
      until: IsoDate | null;
    }
  | {
      type: 'facebook_page';
      unitId: string;
      url: string;
      name: string;
      isFanpage: boolean;
      createdOn: IsoDate;
      lastPostOn: IsoDate | null;
      /** Posts counted in the activity window ending on lastCheckedOn. */
      recentPostCount: number;
      lastCheckedOn: IsoDate;
      /** Which page record this observation is of: the entered record and every daily
       *  check of a connected page share it, so the rule picks one observation per page. */
      pageId?: string;
      /** Entered by hand (the default) or read from Facebook by the daily check. */
      source?: 'manual' | 'facebook';
      /** Read from Facebook only: shown beside the figures, not judged (decision 29). */
      category?: string | null;
      verificationStatus?: string | null;
      followerCount?: number | null;
    }
  | { type: 'training_course'; unitId: string; heldOn: IsoDate; title: string }
  | {
      type: 'campaign';
      campaignId: string;
      title: string;
      organiser: 'central' | 'province';
      startsOn: IsoDate;
      endsOn: IsoDate;
      targetKinds: UnitKind[];
    }
  | { type: 'campaign_participation'; campaignId: string; unitId: string; participatedOn: IsoDate }
  | {
      type: 'publication';
      unitId: string;
      publishedOn: IsoDate;
      /** Only 'nguoi-tot-viec-thien' counts for CT-07. */
      series: 'nguoi-tot-viec-thien' | 'other';
      title: string;
    }
  | { type: 'app_milestone'; unitId: string; milestone: AppMilestone; reachedOn: IsoDate };

/** Tunable rules an administrator may change; defaults live in plan.ts. */
export interface RuleSettings {
  /** A Facebook page is "active" when it posted at least this many times in the window... */
  facebookMinPosts: number;
  /** ...of this many days, and its last post is no older than the window. */
  facebookWindowDays: number;
  /** Not-yet-met obligations whose due date is this close become due_soon. */
  dueSoonDays: number;
}

export interface Evaluation {
  unitId: string;
  indicator: IndicatorCode;
  periodKey: string;
  state: ComplianceState;
  due: IsoDate;
  reason: Bilingual;
  /** Facts that made the state, so a person can see why (e.g. the training course that met CT-05). */
  evidence: Fact[];
}
