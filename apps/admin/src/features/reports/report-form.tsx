// A cadre's report for one indicator and period, made for a phone: met yes/no, a figure,
// a note and evidence links. Validated with the domain schema before sending; server
// field errors land beside their fields; a CONFLICT keeps the draft and offers to
// apply it again on top of the newer version. Offline (or when the network fails), the save
// and any photos go to the phone's queue and are sent when back online (decision 24).
import { REPORT_STATUS_LABELS, type SaveReportInput, ZSaveReportInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { EvidenceFiles } from '../../components/evidence-files';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Report } from '../../lib/types';
import { O } from '../offline/offline-messages';
import { OfflinePhotos } from '../offline/offline-photos';
import { isUnreachable, notifyQueueChanged, signedInUserId } from '../offline/offline-sync';
import type { QueuedPhoto } from '../offline/queue-types';
import { ConflictPanel } from './conflict-panel';
import { LinkRows } from './link-rows';
import { draftFrom, type ReportTarget, remapLinkErrors, toSaveInput } from './report-draft';

interface ReportFormProps {
  target: ReportTarget;
  report: Report | null;
  onDone: (message: string) => void;
}

export function ReportForm({ target, report, onDone }: ReportFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFrom(report));
  const [version, setVersion] = useState<number | null>(report ? report.version : null);
  const [conflict, setConflict] = useState<Report | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const isOffline = !navigator.onLine;
  const save = useMutation(trpc.reports.save.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const isBusy = save.isPending || submit.isPending;

  async function send(andSubmit: boolean, baseVersion = version) {
    const { input, rowOf } = toSaveInput(target, draft, baseVersion);
    setError(null);
    const parsed = ZSaveReportInput.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(remapLinkErrors(zodFieldErrors(parsed.error.issues, lang), rowOf));
      return;
    }
    setFieldErrors({});
    if (!navigator.onLine) return keepForLater(parsed.data);
    try {
      let saved = await save.mutateAsync(parsed.data);
      setVersion(saved.version);
      if (andSubmit)
        saved = await submit.mutateAsync({ reportId: saved.id, version: saved.version });
      await queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
      onDone(t(andSubmit ? 'submitted' : 'saved'));
    } catch (err) {
      // A 503 keeps the draft in the form and says so; no answer at all queues it.
      if (isUnreachable(err) && !andSubmit) return keepForLater(parsed.data);
      const current = errorData(err).details?.current as Report | undefined;
      if (errorCode(err) === 'CONFLICT' && current) {
        setConflict(current);
        return;
      }
      setFieldErrors(remapLinkErrors(serverFieldErrors(err, lang), rowOf));
      setError(errorMessage(err, lang));
    }
  }

  /** No network: the save waits in the phone's queue, with the version it edits. */
  async function keepForLater(input: SaveReportInput) {
    const userId = signedInUserId();
    if (!userId) return setError(t(O.network));
    const [{ offlineDb }, { enqueueReportSave }] = await Promise.all([
      import('../offline/offline-db'),
      import('../offline/sync-queue'),
    ]);
    const { saveKey: _unused, ...change } = input;
    await enqueueReportSave(
      await offlineDb(),
      userId,
      { ...change, value: change.value ?? null, version: input.version },
      photos,
    );
    notifyQueueChanged();
    onDone(t(O.savedOffline));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value === 'submit');
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack report-form">
      {report ? (
        <p className="muted small">
          {t('report')}: {t(REPORT_STATUS_LABELS[report.status])}
          {report.reviewComment ? ` — ${t('reviewComment')}: ${report.reviewComment}` : ''}
        </p>
      ) : null}
      {conflict ? (
        <ConflictPanel
          current={conflict}
          onApplyMine={() => {
            setConflict(null);
            setVersion(conflict.version);
            void send(false, conflict.version);
          }}
          onUseTheirs={() => {
            setConflict(null);
            setVersion(conflict.version);
            setDraft(draftFrom(conflict));
          }}
        />
      ) : null}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <fieldset
        className="choice"
        aria-invalid={fieldErrors.claimsMet ? true : undefined}
        aria-describedby={fieldErrors.claimsMet ? 'claims-error' : undefined}
      >
        <legend>{t('claimsMet')}</legend>
        {[true, false].map((option) => (
          <label key={String(option)} className="choice-option">
            <input
              type="radio"
              name="claimsMet"
              checked={draft.claimsMet === option}
              onChange={() => setDraft({ ...draft, claimsMet: option })}
            />
            {t(option ? 'yes' : 'no')}
          </label>
        ))}
        {fieldErrors.claimsMet ? (
          <p id="claims-error" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {fieldErrors.claimsMet}
          </p>
        ) : null}
      </fieldset>
      <Field name="value" label={t('value')} error={fieldErrors.value}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={draft.value}
            onChange={(e) => setDraft({ ...draft, value: e.target.value })}
          />
        )}
      </Field>
      <Field name="note" label={t('note')} error={fieldErrors.note}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          />
        )}
      </Field>
      <LinkRows
        links={draft.links}
        errors={fieldErrors}
        onChange={(links) => setDraft({ ...draft, links })}
      />
      {isOffline ? <OfflinePhotos photos={photos} onChange={setPhotos} /> : null}
      {report && !isOffline ? (
        <EvidenceFiles
          target={{ kind: 'reports', id: report.id }}
          version={version ?? report.version}
          files={report.files}
          canUpload={report.status !== 'approved'}
          onVersion={setVersion}
        />
      ) : isOffline ? null : (
        <p className="muted small">{t(M.filesAfterSave)}</p>
      )}
      <div className="actions">
        <button type="submit" name="intent" value="save" className="btn" disabled={isBusy}>
          {t('saveDraft')}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          className="btn btn-primary"
          disabled={isBusy}
        >
          {t('saveAndSubmit')}
        </button>
      </div>
    </form>
  );
}
