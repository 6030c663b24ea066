// Where the ambassador appeared for the Society: date, event, kind and reach; the province
// board adds new ones.
import { parseDateVi, ZAddAppearanceInput } from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { useInlineForm } from './use-inline-form';

export function Appearances({
  ambassador: a,
  canAdd,
}: {
  ambassador: AmbassadorDetail;
  canAdd: boolean;
}) {
  const { t, lang } = useLang();
  const [isOpen, setOpen] = useState(false);
  const form = useInlineForm({ appearedOn: '', event: '', kind: '', reach: '0' }, ['appearedOn']);
  const add = useMutation(trpc.ambassadors.addAppearance.mutationOptions());
  const { values: v, errors } = form;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZAddAppearanceInput.safeParse({
      ambassadorId: a.id,
      appearedOn: parseDateVi(v.appearedOn.trim()) ?? v.appearedOn,
      event: v.event,
      kind: v.kind,
      reach: /^\d+$/.test(v.reach.trim()) ? Number(v.reach) : Number.NaN,
    });
    if (!parsed.success) return form.onInvalid(parsed.error.issues, lang);
    try {
      await add.mutateAsync(parsed.data);
      await form.refresh();
      form.reset();
      setOpen(false);
    } catch (err) {
      form.onFailed(err, lang);
    }
  }

  return (
    <section aria-labelledby="appearances-title" className="card">
      <h2 id="appearances-title">{t(M.appearances)}</h2>
      {a.appearances.length === 0 ? (
        <p className="muted small">{t(M.none)}</p>
      ) : (
        <ul className="history">
          {a.appearances.map((p) => (
            <li key={p.id}>
              {formatDate(p.appeared_on)} — {p.event || '—'} ({p.kind}) ·{' '}
              {p.reach.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en')} {t(M.reach).toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <p>
          <button type="button" className="btn" onClick={() => setOpen(true)}>
            + {t(M.addAppearance)}
          </button>
        </p>
      ) : null}
      {isOpen ? (
        <Sheet title={t(M.addAppearance)} onClose={() => setOpen(false)}>
          <form onSubmit={onSubmit} noValidate className="stack">
            {form.error ? (
              <p className="alert" role="alert">
                {form.error}
              </p>
            ) : null}
            <Field
              name="appearedOn"
              label={t(M.appearedOn)}
              hint={t(M.dateHint)}
              error={errors.appearedOn}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={v.appearedOn}
                  onChange={form.set('appearedOn')}
                />
              )}
            </Field>
            <Field name="event" label={t(M.event)} error={errors.event}>
              {(p) => <input {...p} value={v.event} onChange={form.set('event')} />}
            </Field>
            <Field name="kind" label={t(M.appearanceKind)} error={errors.kind}>
              {(p) => <input {...p} value={v.kind} onChange={form.set('kind')} />}
            </Field>
            <Field name="reach" label={t(M.reach)} error={errors.reach}>
              {(p) => (
                <input {...p} inputMode="numeric" value={v.reach} onChange={form.set('reach')} />
              )}
            </Field>
            <div className="actions">
              <button type="submit" className="btn btn-primary" disabled={add.isPending}>
                {t('save')}
              </button>
            </div>
          </form>
        </Sheet>
      ) : null}
    </section>
  );
}
