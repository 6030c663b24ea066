// A list's search on the server: typed freely, sent when the user presses Enter or "Tìm"
// (one request per search, not per keystroke, on a weak connection). Clearing the box and
// searching shows the whole list again.
import type { Bilingual } from '@lantoa/domain';
import { useId, useState } from 'react';
import { useLang } from '../lib/i18n';
import { M } from '../lib/screen-messages';

interface SearchBoxProps {
  label: Bilingual;
  value: string;
  onSearch: (text: string) => void;
}

export function SearchBox({ label, value, onSearch }: SearchBoxProps) {
  const { t } = useLang();
  const id = useId();
  const [text, setText] = useState(value);
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label className="filter filter-grow" htmlFor={id}>
        <span>{t(label)}</span>
        <input
          id={id}
          type="search"
          maxLength={100}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" className="btn">
        {t(M.searchGo)}
      </button>
    </form>
  );
}
