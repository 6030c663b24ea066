// An ambassador's profile as the form holds it (text as typed: dates dd/MM/yyyy, follower
// counts as digits) and as ZSaveAmbassadorInput expects it.
import { formatDateVi, parseDateVi } from '@lantoa/domain';
import type { AmbassadorDetail } from '../../lib/types';
import type { ChannelRow, UnitRow } from './ambassador-rows';

const date = (iso: string | null) => (iso ? formatDateVi(iso) : '');
const isoOrNull = (text: string) =>
  text.trim() === '' ? null : (parseDateVi(text.trim()) ?? text);

export function valuesOf(a: AmbassadorDetail | null) {
  return {
    name: a?.name ?? '',
    field: a?.field ?? 'other',
    status: a?.status ?? 'invited',
    photoUrl: a?.photoUrl ?? '',
    contactEmail: a?.contactEmail ?? '',
    contactPhone: a?.contactPhone ?? '',
    termFrom: date(a?.termFrom ?? null),
    termTo: date(a?.termTo ?? null),
    channels: (a?.channels ?? []).map(
      (c): ChannelRow => ({ ...c, followers: String(c.followers) }),
    ),
    units: (a?.units ?? []).map(
      (u): UnitRow => ({ unitId: u.id, unitName: u.name, program: u.program }),
    ),
  };
}

export type AmbassadorValues = ReturnType<typeof valuesOf>;

export function ambassadorInput(f: AmbassadorValues, id: string | null, version: number | null) {
  return {
    ...f,
    id,
    version,
    photoUrl: f.photoUrl.trim() || null,
    contactEmail: f.contactEmail.trim() || null,
    contactPhone: f.contactPhone.trim() || null,
    termFrom: isoOrNull(f.termFrom),
    termTo: isoOrNull(f.termTo),
    channels: f.channels.map((c) => ({
      ...c,
      followers: /^\d+$/.test(c.followers.trim()) ? Number(c.followers) : Number.NaN,
    })),
    // The unit's name is the picker's, not the server's to be told.
    units: f.units
      .filter((u) => u.unitId !== '')
      .map((u) => ({ unitId: u.unitId, program: u.program })),
  };
}
