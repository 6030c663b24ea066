// The record form's campaign choice (decision 33): the newest campaigns in a select, and a
// search by title that asks the server, so an older campaign is found however many there
// are. The record's own campaign stays a choice while it is edited, whatever the search.
// Offline the search cannot ask: it filters the newest campaigns kept on the phone instead,
// and says so (decision 34).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { ControlProps } from '../../components/field';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { campaignChoices } from '../campaigns/campaign-pages';
import { O } from '../offline/offline-messages';

interface CampaignPickerProps {
  control: ControlProps;
  value: string;
  /** The title of the campaign the record already names, when it is edited. */
  currentTitle: string | undefined;
  onChange: (value: string) => void;
}

/** Typing waits this long before asking the server, so a word is one request. */
const SEARCH_DELAY_MS = 300;

/** For matching typed words offline: lower case, without tone marks, đ as d. */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export function CampaignPicker({ control, value, currentTitle, onChange }: CampaignPickerProps) {
  const { t } = useLang();
  const searchId = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  // Read at each render: the form re-renders as the cadre types, so a lost signal shows.
  const isOffline = !navigator.onLine;
  const { data } = useQuery({
    ...campaignChoices(trpc, isOffline ? '' : search),
    placeholderData: keepPreviousData,
  });
  const found = (data?.items ?? [])
    .filter((c) => !isOffline || folded(c.title).includes(folded(search)))
    .map((c) => ({ value: c.id, label: c.title }));
  const options =
    value && currentTitle && !found.some((o) => o.value === value)
      ? [{ value, label: currentTitle }, ...found]
      : found;
  return (
    <>
      <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t(M.chooseOne)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={searchId} className="small">
        {t(M.searchCampaign)}
      </label>
      <input
        id={searchId}
        type="search"
        maxLength={100}
        autoComplete="off"
        value={typed}
        aria-describedby={isOffline ? `${searchId}-offline` : undefined}
        onChange={(e) => setTyped(e.target.value)}
      />
      {isOffline ? (
        <p id={`${searchId}-offline`} className="field-hint">
          {t(O.campaignsOffline)}
        </p>
      ) : null}
    </>
  );
}
