// Vietnamese first: English only when the client asks for it.
export type Lang = 'vi' | 'en';

export function pickLang(explicit: unknown, acceptLanguage: string | undefined): Lang {
  if (explicit === 'en' || explicit === 'vi') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
