// A change made on the phone and not yet accepted by the server.
import type { RecordKind } from '@lantoa/domain';
import type { Report } from '../../lib/types';

/** A photo taken offline, already resized and stripped of its location (photo.ts); or, for a
 *  publication's archive, a document kept as it was picked. */
export interface QueuedPhoto {
  name: string;
  type: string;
  blob: Blob;
  /** Given, and kept on the phone, before its first send: a resend is then recognised. */
  key?: string;
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

/** A record (training course, page…) added or edited offline (decision 34). */
export interface RecordSaveInput {
  /** null for a record made offline, until the server has it. */
  id: string | null;
  version: number | null;
  record: { kind: RecordKind; unitId: string } & Record<string, unknown>;
  /** On create: the id the phone chose, so a resend cannot make a second record. */
  newId?: string;
}

/** A record deleted offline, with the version the cadre saw when deleting it (decision 34). */
export interface RecordDeleteInput {
  kind: RecordKind;
  unitId: string;
  id: string;
  version: number;
}

/** Files added offline to a publication already on the server, on the version then seen. */
export interface RecordFilesInput {
  kind: 'publication';
  unitId: string;
  id: string;
  version: number;
}

export type QueueStatus = 'waiting' | 'failed' | 'conflict';

interface QueuedBase {
  seq?: number;
  userId: string;
  /** Set once the save itself is accepted: only the photos are left to send. */
  saved: { id: string; version: number } | null;
  status: QueueStatus;
  attempts: number;
  error: string | null;
  createdAt: number;
}

export interface QueuedReportSave extends QueuedBase {
  kind: 'report.save';
  input: ReportSaveInput;
  photos: QueuedPhoto[];
  /** On CONFLICT: the report as it is on the server now. */
  current: Report | null;
}

export interface QueuedRecordSave extends QueuedBase {
  kind: 'record.save';
  input: RecordSaveInput;
  photos: QueuedPhoto[];
  /** How the queue names it to the cadre, in the words of when it was made. */
  label: string;
  /** On CONFLICT: the record as it is on the server now. */
  current: ({ id: string; version: number } & Record<string, unknown>) | null;
}

/** A deletion waits alone: a queued edit or files of the same record are dropped for it, and
 *  a record made offline and not yet sent is simply taken out of the queue instead. */
export interface QueuedRecordDelete extends QueuedBase {
  kind: 'record.delete';
  input: RecordDeleteInput;
  label: string;
  current: ({ id: string; version: number } & Record<string, unknown>) | null;
}

/** Files for a record with no other change waiting (otherwise they ride with that change,
 *  after its save, like a report's photos). An edit queued later takes them along. */
export interface QueuedRecordFiles extends QueuedBase {
  kind: 'record.files';
  input: RecordFilesInput;
  photos: QueuedPhoto[];
  label: string;
  current: ({ id: string; version: number } & Record<string, unknown>) | null;
}

export type QueuedRecordChange = QueuedRecordSave | QueuedRecordDelete | QueuedRecordFiles;
export type QueuedChange = QueuedReportSave | QueuedRecordChange;

/** The photos or files a change will upload after its save (none for a deletion). */
export const photosOf = (change: QueuedChange): QueuedPhoto[] =>
  change.kind === 'record.delete' ? [] : change.photos;

/** The kind and unit of the record a queued record change is about. */
export const recordOf = (change: QueuedRecordChange): { kind: RecordKind; unitId: string } =>
  change.kind === 'record.save' ? change.input.record : change.input;

/** What a change is about: one queued change per report, one per record. */
export const targetOf = (
  input:
    | Pick<ReportSaveInput, 'unitId' | 'indicator' | 'periodKey'>
    | Pick<RecordSaveInput, 'id' | 'newId'>
    | Pick<RecordDeleteInput, 'id'>,
) =>
  'indicator' in input
    ? `${input.unitId}|${input.indicator}|${input.periodKey}`
    : `record|${input.id ?? ('newId' in input ? input.newId : '')}`;
