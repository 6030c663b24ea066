// Vietnamese date formats (dd/MM/yyyy, Asia/Ho_Chi_Minh) for ISO dates and instants.
import { formatDateVi, todayInVietnam } from '@lantoa/domain';

export const formatDate = (iso: string) => formatDateVi(iso);

/** '2025-03-04T01:30:00Z' → '04/03/2025 08:30' (UTC+7, no DST in Vietnam). */
export function formatInstant(at: string): string {
  const instant = new Date(at);
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${formatDateVi(todayInVietnam(instant))} ${hh}:${mm}`;
}
