// When the unit sent a deadline's document and where it can be read: checked with the
// domain's schema before sending, server field errors beside their fields (shared form
// layer, decision 30).
import { todayInVietnam, ZDeadlineSubmissionInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { UnitDeadline } from './unit-deadlines';

const SAVED = { vi: 'Đã ghi nhận hạn báo cáo là đã gửi.', en: 'The deadline is recorded as met.' };

interface DeadlineFormProps {
  unitId: string;
  deadline: UnitDeadline;
  onDone: (message: string) => void;
}

export function DeadlineForm({ unitId, deadline, onDone }: DeadlineFormProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const sent = deadline.submission;
  const save = useMutation(trpc.compliance.submitDeadline.mutationOptions());
  const df = useSchemaForm({
    defaultValues: {
      submittedOn: (sent?.submittedOn ?? todayInVietnam(new Date())) as string | undefined,
      link: sent?.link ?? '',
      note: sent?.note ?? '',
    },
    check: (f) =>
      check(
        ZDeadlineSubmissionInput,
        {
          ...f,
          unitId,
          deadlineId: deadline.id,
          link: f.link.trim() === '' ? null : f.link.trim(),
        },
        save.mutateAsync,
      ),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
      onDone(t(SAVED));
    },
  });
  const { values, errors, update } = df;

  return (
    <form onSubmit={df.onSubmit} noValidate>
      <Field
        name="submittedOn"
        label={t({ vi: 'Ngày gửi', en: 'Sent on' })}
        error={errors.submittedOn}
      >
        {(props) => (
          <ViDateInput
            value={values.submittedOn}
            onChange={(submittedOn) => update({ submittedOn })}
            control={props}
          />
        )}
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
            value={values.link}
            onChange={(e) => update({ link: e.target.value })}
          />
        )}
      </Field>
      <Field name="note" label={t({ vi: 'Ghi chú', en: 'Note' })} error={errors.note}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={values.note}
            onChange={(e) => update({ note: e.target.value })}
          />
        )}
      </Field>
      <FormAlert message={df.formError} />
      <button type="submit" className="btn btn-primary" disabled={df.isSubmitting}>
        {t({ vi: 'Lưu', en: 'Save' })}
      </button>
    </form>
  );
}
