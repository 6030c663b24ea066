// A cadre's report for one indicator and period, made for a phone: met yes/no, a figure,
// a note and evidence links. Built on the shared form layer (decision 30): the domain schema
// checks it, server field errors land beside their fields, a CONFLICT keeps the draft.
// Offline (or when the network fails), the save and any photos go to the phone's queue and
// are sent when back online (decision 24).
import { REPORT_STATUS_LABELS, type SaveReportInput, ZSaveReportInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { EvidenceFiles } from '../../components/evidence-files';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Report, RouterOutputs } from '../../lib/types';
import { O } from '../offline/offline-messages';
import { OfflinePhotos } from '../offline/offline-photos';
import { isUnreachable } from '../offline/offline-sync';
import type { QueuedPhoto } from '../offline/queue-types';
import { ClaimsMetChoice } from './claims-met-choice';
import { LinkRows } from './link-rows';
import { draftFrom, linkFieldOf, type ReportTarget, toSaveInput } from './report-draft';
import { keepReportForLater } from './report-offline';

type Saved = RouterOutputs['reports']['save'];

interface ReportFormProps {
  target: ReportTarget;
  report: Report | null;
  onDone: (message: string) => void;
}

export function ReportForm({ target, report, onDone }: ReportFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const isOffline = !navigator.onLine;
  const save = useMutation(trpc.reports.save.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());

  async function queue(input: SaveReportInput): Promise<'queued'> {
    if (!(await keepReportForLater(input, photos))) throw new Error(t(O.network));
    return 'queued';
  }

  // Saved but not submitted: the next try must edit the version just saved.
  const savedVersion = useRef<(version: number) => void>(() => {});

  async function send(input: SaveReportInput, andSubmit: boolean): Promise<Saved | 'queued'> {
    if (!navigator.onLine) return queue(input);
    let saved: Saved;
    try {
      saved = await save.mutateAsync(input);
    } catch (err) {
      // A 503 keeps the draft in the form and says so; no answer at all queues it.
      if (isUnreachable(err) && !andSubmit) return queue(input);
      throw err;
    }
    savedVersion.current(saved.version);
    if (andSubmit) saved = await submit.mutateAsync({ reportId: saved.id, version: saved.version });
    await queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
    return saved;
  }

  const rf = useSchemaForm({
    defaultValues: draftFrom(report),
    version: report ? report.version : null,
    check: (draft, version, andSubmit: boolean) =>
      check(ZSaveReportInput, toSaveInput(target, draft, version).input, (input) =>
        send(input, andSubmit),
      ),
    fieldOf: (path, draft) => linkFieldOf(toSaveInput(target, draft, null).rowOf)(path),
    valuesOf: (current: Saved) => draftFrom(current),
    onSaved: (result, andSubmit) =>
      onDone(t(result === 'queued' ? O.savedOffline : andSubmit ? 'submitted' : 'saved')),
  });
  savedVersion.current = rf.setVersion;
  const { values: draft, errors, conflict, update } = rf;

  return (
    <form
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        rf.onSubmit(event, submitter?.value === 'submit');
      }}
      noValidate
      className="stack report-form"
    >
      {report ? (
        <p className="muted small">
          {t('report')}: {t(REPORT_STATUS_LABELS[report.status])}
          {report.reviewComment ? ` — ${t('reviewComment')}: ${report.reviewComment}` : ''}
        </p>
      ) : null}
      {conflict ? (
        <ConflictView
          note={`${t(REPORT_STATUS_LABELS[conflict.status])} · ${formatInstant(conflict.updatedAt)}`}
          rows={conflictRows(
            [
              ['claimsMet', t('claimsMet')],
              ['value', t('value')],
              ['note', t('note')],
              ['links', t('links')],
            ],
            draftFrom(conflict),
            draft,
            lang,
          )}
          onApplyMine={() => void rf.applyMine()}
          onUseTheirs={rf.takeTheirs}
        />
      ) : null}
      <FormAlert message={rf.formError} />
      <ClaimsMetChoice
        value={draft.claimsMet}
        error={errors.claimsMet}
        onChange={(claimsMet) => update({ claimsMet })}
      />
      <Field name="value" label={t('value')} error={errors.value}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={draft.value}
            onChange={(e) => update({ value: e.target.value })}
          />
        )}
      </Field>
      <Field name="note" label={t('note')} error={errors.note}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.note}
            onChange={(e) => update({ note: e.target.value })}
          />
        )}
      </Field>
      <LinkRows links={draft.links} errors={errors} onChange={(links) => update({ links })} />
      {isOffline ? <OfflinePhotos photos={photos} onChange={setPhotos} /> : null}
      {report && !isOffline ? (
        <EvidenceFiles
          target={{ kind: 'reports', id: report.id }}
          version={rf.version ?? report.version}
          files={report.files}
          canUpload={report.status !== 'approved'}
          onVersion={rf.setVersion}
        />
      ) : isOffline ? null : (
        <p className="muted small">{t(M.filesAfterSave)}</p>
      )}
      <div className="actions">
        <button type="submit" name="intent" value="save" className="btn" disabled={rf.isSubmitting}>
          {t('saveDraft')}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          className="btn btn-primary"
          disabled={rf.isSubmitting}
        >
          {t('saveAndSubmit')}
        </button>
      </div>
    </form>
  );
}
