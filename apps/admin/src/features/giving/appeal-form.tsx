// Create or edit an appeal: unit, code, title, story (plain text; the server strips tags),
// target, dates (dd/MM/yyyy) and the receiving account. Built on the shared form layer
// (decision 30): the domain's schema here and again on the server, a stale version shown
// beside the user's in the conflict view.
import { ZAppealInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import { check, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { GivingSheetForm, givingFields, WholeNumberField } from './giving-sheet-form';
import { G } from './giving-words';

export type AppealRow = RouterOutputs['appeals']['list'][number];
type UnitOption = { id: string; name: string };
type Saved = Omit<AppealRow, 'receivedAmount' | 'unitName'>;

const valuesOf = (appeal: Saved | null, home: UnitOption) => ({
  unitId: appeal?.unitId ?? home.id,
  code: appeal?.code ?? '',
  title: appeal?.title ?? '',
  story: appeal?.story ?? '',
  targetAmount: appeal ? String(appeal.targetAmount) : '',
  startsOn: appeal?.startsOn as string | undefined,
  endsOn: appeal?.endsOn as string | undefined,
  bankBin: appeal?.bankBin ?? '',
  accountNumber: appeal?.accountNumber ?? '',
  accountName: appeal?.accountName ?? '',
});

export function AppealForm(props: {
  appeal: AppealRow | null;
  /** The user's own unit: a new one's unit until another is picked. */
  home: UnitOption;
  onClose: (id?: string) => void;
}) {
  const { appeal, home } = props;
  const { t } = useLang();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.appeals.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  const af = useSchemaForm({
    defaultValues: valuesOf(appeal, home),
    version: appeal?.version ?? null,
    check: (f, version) =>
      check(
        ZAppealInput,
        {
          ...f,
          id: appeal?.id ?? null,
          version,
          targetAmount: f.targetAmount === '' ? Number.NaN : Number(f.targetAmount),
          startsOn: f.startsOn ?? '',
          endsOn: f.endsOn ?? '',
        },
        save.mutateAsync,
      ),
    valuesOf: (current: Saved) => valuesOf(current, home),
    onSaved: (saved) => props.onClose(saved.id),
  });
  const { values: f, errors, update } = af;
  const { text, area, dates, unit } = givingFields(af, t);

  return (
    <GivingSheetForm
      title={t(appeal ? G.editAppeal : G.addAppeal)}
      form={af}
      theirs={af.conflict ? valuesOf(af.conflict, home) : null}
      compared={[
        ['title', t(G.title)],
        ['code', t(G.code)],
        ['story', t(G.story)],
        ['targetAmount', t(G.target)],
        ['startsOn', t(G.startsOn)],
        ['endsOn', t(G.endsOn)],
        ['bankBin', t(G.bankBin)],
        ['accountNumber', t(G.accountNumber)],
        ['accountName', t(G.accountName)],
      ]}
      onClose={() => props.onClose()}
    >
      {unit(appeal?.unitName ?? home.name)}
      {text('title')}
      {text('code', t(G.codeHint))}
      {area('story', 5)}
      <WholeNumberField
        name="targetAmount"
        label={t(G.target)}
        value={f.targetAmount}
        error={errors.targetAmount}
        onChange={(targetAmount) => update({ targetAmount })}
      />
      {dates()}
      <div className="grid-2">
        {text('bankBin')}
        {text('accountNumber')}
      </div>
      {text('accountName')}
    </GivingSheetForm>
  );
}
