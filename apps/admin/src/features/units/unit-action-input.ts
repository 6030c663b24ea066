// What each unit action sends, checked with its own domain schema and bound to its own
// mutation (so no input is cast): create, rename, move, close (decision 30).
import {
  parseDateVi,
  ZCloseUnitInput,
  ZCreateUnitInput,
  ZMoveUnitInput,
  ZRenameUnitInput,
} from '@lantoa/domain';
import { type Checked, check } from '../../lib/forms';

export type Mode = 'create' | 'rename' | 'move' | 'close';

export type UnitValues = {
  code: string;
  name: string;
  kind: string;
  parentId: string;
  date: string;
  mergedIntoId: string;
};

interface UnitMutations {
  create: (input: ReturnType<typeof ZCreateUnitInput.parse>) => Promise<unknown>;
  rename: (input: ReturnType<typeof ZRenameUnitInput.parse>) => Promise<unknown>;
  move: (input: ReturnType<typeof ZMoveUnitInput.parse>) => Promise<unknown>;
  close: (input: ReturnType<typeof ZCloseUnitInput.parse>) => Promise<unknown>;
}

export function checkUnitAction(
  mode: Mode,
  f: UnitValues,
  unitId: string,
  version: number,
  send: UnitMutations,
): Checked<unknown> {
  const date = parseDateVi(f.date) ?? f.date;
  switch (mode) {
    case 'create':
      return check(
        ZCreateUnitInput,
        { code: f.code, name: f.name, kind: f.kind, parentId: f.parentId || null, openedOn: date },
        send.create,
      );
    case 'rename':
      // A dated rename (decision 31): the old name shows for earlier days.
      return check(
        ZRenameUnitInput,
        { unitId, version, name: f.name, effectiveOn: date },
        send.rename,
      );
    case 'move':
      return check(
        ZMoveUnitInput,
        { unitId, version, parentId: f.parentId, effectiveOn: date },
        send.move,
      );
    case 'close':
      return check(
        ZCloseUnitInput,
        { unitId, version, closedOn: date, mergedIntoId: f.mergedIntoId || undefined },
        send.close,
      );
  }
}

/** The schemas name the date after what it does; the form has one date field. */
export const unitFieldOf = (path: string) =>
  ['openedOn', 'effectiveOn', 'closedOn'].includes(path) ? 'date' : path;
