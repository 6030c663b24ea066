// User-visible strings. Vietnamese is the default; lang="en" switches to English.

import type { Lang } from './api';

export const text = {
  vi: {
    indicator: 'Chỉ tiêu',
    stories: 'Người tốt việc thiện',
    readMore: 'Đọc tiếp',
    failed: 'Không tải được tin',
  },
  en: {
    indicator: 'Indicator',
    stories: 'Good people, good deeds',
    readMore: 'Read more',
    failed: 'Could not load stories',
  },
} satisfies Record<Lang, Record<string, string>>;

// The province's calendar day, whatever the reader's zone: a story published at 01:00 in
// Việt Nam must not show yesterday's date to a reader in Europe.
const timeZone = 'Asia/Ho_Chi_Minh';

/** vi: dd/MM/yyyy built from parts so no locale data can reorder it; en: "26 Nov 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (lang === 'en') {
    return date.toLocaleDateString('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  }
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('day')}/${part('month')}/${part('year')}`;
}
