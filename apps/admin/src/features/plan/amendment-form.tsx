// Recording an amendment (administrators): its date, legal basis and changes, checked by
// the domain's schema as typed; a preview from the server before it can be saved.
import {
  type Indicator,
  type PlanAmendmentInput,
  type ReportingDeadline,
  ZPlanAmendmentInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { type AmendmentDraft, type DraftChange, draftToInput, newChange } from './amendment-draft';
import { AmendmentPreview } from './amendment-preview';
import { ChangeEditor } from './change-editor';

interface AmendmentFormProps {
  indicators: readonly Indicator[];
  deadlines: readonly ReportingDeadline[];
  onClose: (message?: string) => void;
}

export function AmendmentForm({ indicators, deadlines, onClose }: AmendmentFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const blank = () => newChange(indicators[0]?.code ?? 'CT-01', deadlines[0]?.id ?? '');
  const [draft, setDraft] = useState<AmendmentDraft>({
    effectiveOn: '',
    number: '',
    issuedOn: '',
    issuer: '',
    summary: '',
    changes: [blank()],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{
    input: PlanAmendmentInput;
    preview: RouterOutputs['plan']['previewAmendment'];
  } | null>(null);
  const record = useMutation(
    trpc.plan.recordAmendment.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  // Any edit makes the preview stale: it must be asked for again before saving.
  const edit = (patch: Partial<AmendmentDraft>) => {
    setDraft({ ...draft, ...patch });
    setChecked(null);
  };
  const editChange = (index: number, change: DraftChange | null) =>
    edit({
      changes: change
        ? draft.changes.map((c, i) => (i === index ? change : c))
        : draft.changes.filter((_, i) => i !== index),
    });

  async function onPreview(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZPlanAmendmentInput.safeParse(draftToInput(draft));
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      const preview = await queryClient.fetchQuery(
        trpc.plan.previewAmendment.queryOptions(parsed.data, { staleTime: 0 }),
      );
      setChecked({ input: parsed.data, preview });
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  async function onSave() {
    if (!checked) return;
    try {
      await record.mutateAsync(checked.input);
      onClose(t({ vi: 'Đã ghi nhận văn bản sửa đổi.', en: 'Amendment recorded.' }));
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  const text = (key: 'number' | 'issuer', label: string, error?: string) => (
    <Field name={key} label={label} error={error}>
      {(p) => <input {...p} value={draft[key]} onChange={(e) => edit({ [key]: e.target.value })} />}
    </Field>
  );
  const date = (key: 'effectiveOn' | 'issuedOn', label: string, error?: string) => (
    <Field name={key} label={label} hint="dd/MM/yyyy" error={error}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          placeholder="dd/MM/yyyy"
          value={draft[key]}
          onChange={(e) => edit({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Sheet
      title={t({ vi: 'Ghi nhận văn bản sửa đổi', en: 'Record an amendment' })}
      onClose={() => onClose()}
    >
      <form onSubmit={onPreview} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {date(
          'effectiveOn',
          t({ vi: 'Có hiệu lực từ ngày', en: 'In force from' }),
          errors.effectiveOn,
        )}
        <div className="grid-2">
          {text(
            'number',
            t({ vi: 'Số văn bản', en: 'Document number' }),
            errors['legalBasis.number'],
          )}
          {date(
            'issuedOn',
            t({ vi: 'Ngày ban hành', en: 'Issued on' }),
            errors['legalBasis.issuedOn'],
          )}
        </div>
        {text(
          'issuer',
          t({ vi: 'Cơ quan ban hành', en: 'Issued by' }),
          errors['legalBasis.issuer'],
        )}
        <Field
          name="summary"
          label={t({ vi: 'Nội dung tóm tắt', en: 'Summary' })}
          error={errors.summary}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={draft.summary}
              onChange={(e) => edit({ summary: e.target.value })}
            />
          )}
        </Field>
        {draft.changes.map((change, index) => (
          <ChangeEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: changes are edited in place, never reordered
            key={index}
            index={index}
            change={change}
            indicators={indicators}
            deadlines={deadlines}
            errors={errors}
            onChange={(next) => editChange(index, next)}
            onRemove={() => editChange(index, null)}
          />
        ))}
        {errors.changes ? <p className="field-error">{errors.changes}</p> : null}
        <button
          type="button"
          className="btn"
          onClick={() => edit({ changes: [...draft.changes, blank()] })}
        >
          {t({ vi: 'Thêm một thay đổi', en: 'Add a change' })}
        </button>
        <button type="submit" className="btn">
          {t({ vi: 'Xem trước', en: 'Preview' })}
        </button>
        {checked ? <AmendmentPreview preview={checked.preview} /> : null}
        <button
          type="button"
          className="btn btn-primary"
          disabled={!checked || checked.preview.problems.length > 0 || record.isPending}
          onClick={onSave}
        >
          {t({ vi: 'Lưu văn bản sửa đổi', en: 'Save the amendment' })}
        </button>
      </form>
    </Sheet>
  );
}
