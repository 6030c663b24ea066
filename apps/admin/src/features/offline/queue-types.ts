// A change made on the phone and not yet accepted by the server.
import type { Report } from '../../lib/types';

/** A photo taken offline, already resized and stripped of its location (photo.ts). */
export interface QueuedPhoto {
  name: string;
  type: string;
  blob: Blob;
}

export interface ReportSaveInput {
  unitId: string;
  indicator: string;
  periodKey: string;
  claimsMet: boolean | null;
  value: number | null;
  note: string;
  links: { url: string; label: string }[];
  /** The version this change was made on: the server refuses it if the report moved on. */
  version: number | null;
  /** Names this save, so that sending it again cannot make a second version. */
  saveKey: string;
}

export type QueueStatus = 'waiting' | 'failed' | 'conflict';

export interface QueuedChange {
  seq?: number;
  userId: string;
  kind: 'report.save';
  input: ReportSaveInput;
  photos: QueuedPhoto[];
  /** Set once the save itself is accepted: only the photos are left to send. */
  saved: { id: string; version: number } | null;
  status: QueueStatus;
  attempts: number;
  error: string | null;
  /** On CONFLICT: the report as it is on the server now. */
  current: Report | null;
  createdAt: number;
}

/** The report a change is about: one queued change per report. */
export const targetOf = (input: Pick<ReportSaveInput, 'unitId' | 'indicator' | 'periodKey'>) =>
  `${input.unitId}|${input.indicator}|${input.periodKey}`;
