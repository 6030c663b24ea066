// The record form's campaign choice (decision 33): the newest campaigns in a select, and a
// search by title that asks the server, so an older campaign is found however many there
// are. The record's own campaign stays a choice while it is edited, whatever the search.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { ControlProps } from '../../components/field';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { campaignChoices } from '../campaigns/campaign-pages';

interface CampaignPickerProps {
  control: ControlProps;
  value: string;
  /** The title of the campaign the record already names, when it is edited. */
  currentTitle: string | undefined;
  onChange: (value: string) => void;
}

/** Typing waits this long before asking the server, so a word is one request. */
const SEARCH_DELAY_MS = 300;

export function CampaignPicker({ control, value, currentTitle, onChange }: CampaignPickerProps) {
  const { t } = useLang();
  const searchId = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data } = useQuery({
    ...campaignChoices(trpc, search),
    placeholderData: keepPreviousData,
  });
  const found = (data?.items ?? []).map((c) => ({ value: c.id, label: c.title }));
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
        onChange={(e) => setTyped(e.target.value)}
      />
    </>
  );
}
