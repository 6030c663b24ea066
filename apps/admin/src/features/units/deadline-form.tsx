// When the unit sent a deadline's document and where it can be read: checked with the
// domain's schema before sending, server field errors beside their fields.
import { todayInVietnam, ZDeadlineSubmissionInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { UnitDeadline } from './unit-deadlines';

const SAVED = { vi: 'Đã ghi nhận hạn báo cáo là đã gửi.', en: 'The deadline is recorded as met.' };

interface DeadlineFormProps {
  unitId: string;
  deadline: UnitDeadline;
  onDone: (message: string) => void;
}

export function DeadlineForm({ unitId, deadline, onDone }: DeadlineFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const sent = deadline.submission;
  const [submittedOn, setSubmittedOn] = useState<string | undefined>(
    sent?.submittedOn ?? todayInVietnam(new Date()),
  );
  const [link, setLink] = useState(sent?.link ?? '');
  const [note, setNote] = useState(sent?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.compliance.submitDeadline.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZDeadlineSubmissionInput.safeParse({
      unitId,
      deadlineId: deadline.id,
      submittedOn,
      link: link.trim() === '' ? null : link.trim(),
      note,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      await queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
      onDone(t(SAVED));
    } catch (failure) {
      setErrors(serverFieldErrors(failure, lang));
      setError(errorMessage(failure, lang));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        name="submittedOn"
        label={t({ vi: 'Ngày gửi', en: 'Sent on' })}
        error={errors.submittedOn}
      >
        {(props) => <ViDateInput value={submittedOn} onChange={setSubmittedOn} control={props} />}
      </Field>
      <Field
        name="link"
        label={t({ vi: 'Đường dẫn văn bản (nếu có)', en: 'Link to the document (if any)' })}
        error={errors.link}
      >
        {(props) => (
          <input
            {...props}
            type="url"
            inputMode="url"
            value={link}
            onChange={(e) => setLink(e.target.value)}
          />
        )}
      </Field>
      <Field name="note" label={t({ vi: 'Ghi chú', en: 'Note' })} error={errors.note}>
        {(props) => (
          <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {t({ vi: 'Lưu', en: 'Save' })}
      </button>
    </form>
  );
}
