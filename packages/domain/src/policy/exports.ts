// Every spreadsheet export answers to the action of the screen it comes from, so a file
// never shows more than that screen (issue 12): the matrix and deadlines to `unit.read`,
// the audit log to `audit.read`, and so on. Scope within the action is the screen's too.
import type { Action } from './actions.js';

export const EXPORT_KINDS = [
  'matrix',
  'rollups',
  'deadlines',
  'records',
  'campaigns',
  'ambassadors',
  'audit',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_ACTIONS: Record<ExportKind, Action> = {
  matrix: 'unit.read',
  rollups: 'unit.read',
  deadlines: 'unit.read',
  records: 'unit.read',
  campaigns: 'campaign.read',
  ambassadors: 'ambassador.read',
  audit: 'audit.read',
};

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
