// Add or edit one record of a unit, phone first, on the shared form layer (decision 30):
// dates as dd/MM/yyyy, checked with the domain schema before sending; server field errors
// beside their fields (or at the top when no field shows them); a CONFLICT keeps what the
// user typed and offers to apply it on top of the newer version. Offline, the save waits in
// the phone's queue like a report's (decisions 24, 34).
import { type RecordKind, ZSaveRecordInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { trpc } from '../../lib/api';
import { ConflictView, check, FormAlert, useSchemaForm } from '../../lib/forms';
import { shown } from '../../lib/forms/conflict-rows';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { O } from '../offline/offline-messages';
import { isUnreachable } from '../offline/offline-sync';
import { RecordFieldControl } from './record-field-control';
import {
  draftOf,
  RECORD_FIELDS,
  RECORD_KIND_LABELS,
  type RecordField,
  recordInput,
  recordSummary,
} from './record-kinds';
import { keepRecordForLater } from './record-offline';

type SaveInput = z.output<typeof ZSaveRecordInput>;

export type RecordRow = Record<string, unknown> & {
  id: string;
  version: number;
  /** Still in the phone's queue: made offline (its id is the one the phone chose), edited
   *  offline, or deleted offline. */
  pending?: 'create' | 'edit' | 'delete';
  /** Files added offline and not yet uploaded. */
  pendingFiles?: number;
};

interface RecordFormProps {
  kind: RecordKind;
  unitId: string;
  record: RecordRow | null;
  onDone: (message: string) => void;
}

export function RecordForm({ kind, unitId, record, onDone }: RecordFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.records.save.mutationOptions());
  const fields = RECORD_FIELDS[kind];
  const isMadeOffline = record?.pending === 'create';

  // Offline, or no answer at all: the save waits in the phone's queue (decision 34). A
  // record made offline stays queued until the queue has sent it, so edits merge into it.
  async function send(input: SaveInput): Promise<RecordRow | 'queued'> {
    if (navigator.onLine && !record?.pending) {
      try {
        return await save.mutateAsync(input);
      } catch (err) {
        if (!isUnreachable(err)) throw err;
      }
    }
    const label = `${t(RECORD_KIND_LABELS[kind])}: ${recordSummary(kind, input.record, lang)}`;
    const queued = { ...input, ...(isMadeOffline ? { newId: record.id } : {}) };
    if (!(await keepRecordForLater(queued, label))) throw new Error(t(O.network));
    return 'queued';
  }

  const rf = useSchemaForm({
    defaultValues: draftOf(kind, record),
    version: record?.version ?? null,
    check: (draft, version) =>
      check(
        ZSaveRecordInput,
        {
          id: isMadeOffline ? null : (record?.id ?? null),
          version: isMadeOffline ? null : version,
          record: recordInput(kind, unitId, draft),
        },
        send,
      ),
    // 'record.heldOn' (client) and 'heldOn' (server details) both name the field heldOn.
    fieldOf: (path) => path.replace(/^record\./, ''),
    dateFields: fields.filter((f) => f.type.startsWith('date')).map((f) => f.name),
    valuesOf: (current: RecordRow) => draftOf(kind, current),
    onSaved: async (result) => {
      if (result === 'queued') return onDone(t(O.savedOffline));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.records.ofUnit.queryKey({ unitId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      ]);
      onDone(t(M.recordSaved));
    },
  });
  const { values: draft, conflict } = rf;
  // The server names a participation's campaign (decision 33): no full list to look it up in.
  const campaignTitle =
    typeof record?.campaignTitle === 'string' ? record.campaignTitle : undefined;
  /** A field's value as read: a choice by its label, a campaign by its title. */
  const display = (f: RecordField, value: unknown) =>
    f.type === 'campaign'
      ? ((value === record?.campaignId ? campaignTitle : undefined) ?? shown(value, lang))
      : f.options
        ? t(f.options.find((o) => o.value === value)?.label ?? { vi: '', en: '' })
        : shown(value, lang);

  return (
    <form onSubmit={rf.onSubmit} noValidate className="stack">
      {conflict ? (
        <ConflictView
          rows={fields.map((f) => ({
            label: t(f.label),
            theirs: display(f, draftOf(kind, conflict)[f.name]),
            mine: display(f, draft[f.name]),
          }))}
          onApplyMine={() => void rf.applyMine()}
          onUseTheirs={rf.takeTheirs}
        />
      ) : null}
      <FormAlert message={rf.formError} />
      {fields.map((f) => (
        <RecordFieldControl
          key={f.name}
          field={f}
          value={draft[f.name]}
          error={rf.errors[f.name]}
          campaignTitle={campaignTitle}
          onChange={(value) => rf.update({ [f.name]: value })}
        />
      ))}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={rf.isSubmitting}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
