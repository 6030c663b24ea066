// Choosing a unit among any number of them (decision 38): a combobox that asks the server
// (`units.search`, 300 ms after typing stops, diacritics optional) for a page of units in
// the user's reach, each shown with its parent's name so namesakes can be told apart. The
// WAI-ARIA combobox pattern: the focus stays in the input, arrows move the active option
// (aria-activedescendant), Enter chooses, Escape closes and puts the chosen name back.
// A field of the form layer like the others (decision 30): its label, hint and error
// beside it come from Field, and `name` is the id the form sends.
import type { UnitKind } from '@lantoa/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { trpc } from '../lib/api';
import { useLang } from '../lib/i18n';
import { M } from '../lib/screen-messages';
import { Field } from './field';

/** A unit as the picker offers it. */
export interface PickedUnit {
  id: string;
  name: string;
  code?: string;
  kind?: UnitKind;
  parentName?: string | null;
}

interface UnitPickerProps {
  name: string;
  label: string;
  hint?: string;
  /** The chosen unit's id, or its code with `by="code"` ('' for none). */
  value: string;
  /** What the field holds: the unit's id (default) or its code (a reorganisation's steps). */
  by?: 'id' | 'code' | undefined;
  /** Its name, shown before any search (the row being edited names its unit); a unit
   *  chosen here is remembered by the picker itself. */
  valueName?: string | undefined;
  error: string | undefined;
  onChange: (unitId: string, unit: PickedUnit | null) => void;
  /** The day whose units are offered (the as-of day, a reorganisation's date). */
  asOf?: string | undefined;
  underUnitId?: string | undefined;
  kinds?: readonly UnitKind[] | undefined;
  /** Units never offered (the unit being moved, say), as ids or codes like `value`. */
  exclude?: readonly string[] | undefined;
  /** The words of "no unit", when the field may be left empty. */
  blank?: string | undefined;
}

/** Typing waits this long before asking the server, so a word is one request. */
const SEARCH_DELAY_MS = 300;

export function UnitPicker(props: UnitPickerProps) {
  const { name, label, hint, error } = props;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => <UnitCombobox {...props} control={control} />}
    </Field>
  );
}

type ComboboxProps = UnitPickerProps & {
  control: Parameters<Parameters<typeof Field>[0]['children']>[0];
};

function UnitCombobox({
  control,
  value,
  valueName,
  onChange,
  blank,
  exclude,
  by = 'id',
  ...scope
}: ComboboxProps) {
  const { t } = useLang();
  const keyOf = (u: PickedUnit) => (by === 'code' ? (u.code ?? '') : u.id);
  const byCode = useUnitByCode(by === 'code' && !valueName ? value : '', scope.asOf);
  // The unit last chosen here, named by the search that offered it.
  const [lastChosen, setLastChosen] = useState<PickedUnit | null>(null);
  const chosenName = !value
    ? ''
    : lastChosen && keyOf(lastChosen) === value
      ? lastChosen.name
      : (valueName ?? byCode?.name ?? (by === 'code' ? value : ''));
  const [text, setText] = useState(chosenName);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [search, setSearch] = useState('');
  // A choice made elsewhere (the form reset, a conflict taken) shows its name.
  useEffect(() => setText(chosenName), [chosenName]);
  useEffect(() => {
    const typed = text === chosenName ? '' : text.trim();
    const timer = setTimeout(() => setSearch(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, chosenName]);
  const query = useQuery({
    ...trpc.units.search.queryOptions({
      search: search || undefined,
      asOf: scope.asOf,
      underUnitId: scope.underUnitId,
      kinds: scope.kinds ? [...scope.kinds] : undefined,
      limit: 20,
    }),
    enabled: isOpen,
    placeholderData: keepPreviousData,
  });
  const found: PickedUnit[] = (query.data?.items ?? []).filter((u) => !exclude?.includes(keyOf(u)));
  const options: (PickedUnit | null)[] = blank !== undefined ? [null, ...found] : found;
  const listId = `${control.id}-list`;
  const optionId = (i: number) => `${control.id}-opt-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
    setText(chosenName);
  };
  const choose = (unit: PickedUnit | null) => {
    setLastChosen(unit);
    onChange(unit ? keyOf(unit) : '', unit);
    setText(unit?.name ?? '');
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), options.length - 1));
    } else if (e.key === 'Enter' && isOpen) {
      // Enter chooses; it must not submit the form around the picker.
      e.preventDefault();
      const picked = options[active];
      if (active >= 0 && picked !== undefined) choose(picked);
    } else if (e.key === 'Escape' && isOpen) {
      // Escape closes the list only, not the sheet the form may sit in.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const status = query.isError
    ? t(M.unitSearchFailed)
    : query.isFetching && found.length === 0
      ? t(M.unitSearching)
      : query.isSuccess && found.length === 0
        ? t(M.unitNoneFound)
        : '';

  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={100}
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={isOpen && active >= 0 ? optionId(active) : undefined}
        placeholder={blank ?? t(M.unitSearchPlaceholder)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {isOpen ? (
        <div className="combobox-popup">
          <div id={listId} role="listbox" aria-label={scope.label}>
            {options.map((unit, i) => (
              <div
                key={unit?.id ?? ''}
                id={optionId(i)}
                role="option"
                // Options are never focused (the input keeps the focus, aria-activedescendant
                // points at the active one); -1 keeps them out of the tab order.
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'combobox-option is-active' : 'combobox-option'}
                // Chosen before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(unit);
                }}
              >
                {unit ? (
                  <>
                    <span>{unit.name}</span>
                    {unit.parentName ? (
                      <span className="muted small"> — {unit.parentName}</span>
                    ) : null}
                  </>
                ) : (
                  blank
                )}
              </div>
            ))}
          </div>
          <p className="muted small combobox-status" role="status">
            {status}
            {query.data?.nextCursor && !status ? t(M.unitSearchMore) : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** A unit named by its code (a reorganisation step read from a file names units so), as it
 *  was on the day. '' asks nothing. */
export function useUnitByCode(code: string, asOf: string | undefined) {
  const { data } = useQuery({
    ...trpc.units.search.queryOptions({ code, asOf, limit: 1 }),
    enabled: code !== '',
  });
  return code ? data?.items[0] : undefined;
}
