// Vietnamese date formats (dd/MM/yyyy, Asia/Ho_Chi_Minh) for ISO dates and instants.
import { formatDateVi, type Lang, todayInVietnam } from '@lantoa/domain';

export const formatDate = (iso: string) => formatDateVi(iso);

/**
 * A whole number grouped as each language writes it: 12.345 in Vietnamese, 12,345 in
 * English. By hand, not Intl: a page's first Intl call starts ICU, 20–60 ms on a desktop
 * and four times that on a phone, all of it blocking the unit page's first render.
 */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.abs(Math.round(n))).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    lang === 'vi' ? '.' : ',',
  );
  return n < 0 ? `-${digits}` : digits;
}

/** '2025-03-04T01:30:00Z' → '04/03/2025 08:30' (UTC+7, no DST in Vietnam). */
export function formatInstant(at: string): string {
  const instant = new Date(at);
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${formatDateVi(todayInVietnam(instant))} ${hh}:${mm}`;
}
