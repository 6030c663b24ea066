// Which plan the user's province runs (decision 20): its own copy of a template plan, the
// plan of a province merged into it, or none yet. An administrator of a province without
// one adopts a copy here (number, template, date), then amends it like any plan.
import {
  type AdoptPlanInput,
  can,
  formatDateVi,
  parseDateVi,
  type Role,
  ZAdoptPlanInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';

export function PlanAdoption({ role, onNotice }: { role: Role; onNotice: (text: string) => void }) {
  const { t } = useLang();
  const { data } = useSuspenseQuery(trpc.plan.adoption.queryOptions());
  const { adoption, templates } = data;
  return (
    <section className="card" aria-labelledby="plan-adoption">
      <h2 id="plan-adoption">{t({ vi: 'Kế hoạch của tỉnh', en: 'The province’s plan' })}</h2>
      {adoption ? (
        <p>
          {t({ vi: 'Tỉnh áp dụng kế hoạch', en: 'The province runs plan' })}{' '}
          <strong>{adoption.planId}</strong> {t({ vi: 'từ ngày', en: 'from' })}{' '}
          {formatDateVi(adoption.adoptedOn)}
          {adoption.templatePlanId
            ? ` · ${t({ vi: 'bản sao của kế hoạch', en: 'a copy of plan' })} ${adoption.templatePlanId}`
            : null}
          {adoption.isInherited
            ? ` · ${t({ vi: 'tiếp nhận từ tỉnh đã sáp nhập', en: 'taken over from a merged province' })}`
            : null}
        </p>
      ) : (
        <>
          <p>
            {t({
              vi: 'Tỉnh chưa thông qua kế hoạch riêng: các chỉ tiêu dưới đây là của kế hoạch mẫu 48/KH-CTĐKG.',
              en: 'The province has adopted no plan of its own: the indicators below are those of the template plan 48/KH-CTĐKG.',
            })}
          </p>
          {can({ role, action: 'plan.adopt' }) ? (
            <AdoptForm templates={templates} onAdopted={onNotice} />
          ) : null}
        </>
      )}
    </section>
  );
}

interface Template {
  id: string;
  title: { vi: string; en: string };
}

function AdoptForm({
  templates,
  onAdopted,
}: {
  templates: Template[];
  onAdopted: (text: string) => void;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState({
    templatePlanId: templates[0]?.id ?? '',
    planId: '',
    adoptedOn: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const adopt = useMutation(
    trpc.plan.adopt.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZAdoptPlanInput.safeParse({
      ...fields,
      adoptedOn: parseDateVi(fields.adoptedOn.trim()) ?? fields.adoptedOn,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      const adopted = await adopt.mutateAsync(parsed.data as AdoptPlanInput);
      onAdopted(
        t({
          vi: `Tỉnh đã thông qua kế hoạch ${adopted.planId}. Sửa đổi bản sao bằng “Ghi nhận văn bản sửa đổi”.`,
          en: `The province adopted plan ${adopted.planId}. Amend the copy with “Record an amendment”.`,
        }),
      );
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="adopt-title">
      <h3 id="adopt-title">
        {t({ vi: 'Thông qua kế hoạch từ bản mẫu', en: 'Adopt a plan from a template' })}
      </h3>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <Field
        name="templatePlanId"
        label={t({ vi: 'Kế hoạch mẫu', en: 'Template plan' })}
        error={errors.templatePlanId}
      >
        {(p) => (
          <select {...p} value={fields.templatePlanId} onChange={set('templatePlanId')}>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.id} · {t(tpl.title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid-2">
        <Field
          name="planId"
          label={t({ vi: 'Số kế hoạch của tỉnh', en: 'The province’s plan number' })}
          hint={t({ vi: 'Ví dụ 12/KH-CTĐ', en: 'E.g. 12/KH-CTĐ' })}
          error={errors.planId}
        >
          {(p) => <input {...p} value={fields.planId} onChange={set('planId')} />}
        </Field>
        <Field
          name="adoptedOn"
          label={t({ vi: 'Áp dụng từ ngày', en: 'In force from' })}
          hint="dd/MM/yyyy"
          error={errors.adoptedOn}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              placeholder="dd/MM/yyyy"
              value={fields.adoptedOn}
              onChange={set('adoptedOn')}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="btn btn-primary" disabled={adopt.isPending}>
        {t({ vi: 'Thông qua bản sao', en: 'Adopt the copy' })}
      </button>
    </form>
  );
}
