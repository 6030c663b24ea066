// Which plan the user's province runs (decision 20): its own copy of a template plan, the
// plan of a province merged into it, or none yet. An administrator of a province without
// one adopts a copy here (number, template, date) on the shared form layer (decision 30),
// then amends it like any plan.
import { can, formatDateVi, parseDateVi, type Role, ZAdoptPlanInput } from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
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
  const { t } = useLang();
  const queryClient = useQueryClient();
  const adopt = useMutation(trpc.plan.adopt.mutationOptions());
  const af = useSchemaForm({
    defaultValues: { templatePlanId: templates[0]?.id ?? '', planId: '', adoptedOn: '' },
    // The day is typed dd/MM/yyyy; the schema checks it as the ISO day it stands for.
    check: (f) =>
      check(
        ZAdoptPlanInput,
        { ...f, adoptedOn: parseDateVi(f.adoptedOn.trim()) ?? f.adoptedOn },
        adopt.mutateAsync,
      ),
    onSaved: async (adopted) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      ]);
      onAdopted(
        t({
          vi: `Tỉnh đã thông qua kế hoạch ${adopted.planId}. Sửa đổi bản sao bằng “Ghi nhận văn bản sửa đổi”.`,
          en: `The province adopted plan ${adopted.planId}. Amend the copy with “Record an amendment”.`,
        }),
      );
    },
  });
  const { values, errors, update } = af;
  return (
    <form className="stack" onSubmit={af.onSubmit} noValidate aria-labelledby="adopt-title">
      <h3 id="adopt-title">
        {t({ vi: 'Thông qua kế hoạch từ bản mẫu', en: 'Adopt a plan from a template' })}
      </h3>
      <FormAlert message={af.formError} />
      <Field
        name="templatePlanId"
        label={t({ vi: 'Kế hoạch mẫu', en: 'Template plan' })}
        error={errors.templatePlanId}
      >
        {(p) => (
          <select
            {...p}
            value={values.templatePlanId}
            onChange={(e) => update({ templatePlanId: e.target.value })}
          >
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
          {(p) => (
            <input
              {...p}
              value={values.planId}
              onChange={(e) => update({ planId: e.target.value })}
            />
          )}
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
              value={values.adoptedOn}
              onChange={(e) => update({ adoptedOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="btn btn-primary" disabled={af.isSubmitting}>
        {t({ vi: 'Thông qua bản sao', en: 'Adopt the copy' })}
      </button>
    </form>
  );
}
