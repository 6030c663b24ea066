// The tree a reorganisation works on, by unit code: the units open on its date, changed
// step by step in memory. Pure: the API and the admin app run the same steps.

import type { UnitKind, UnitNode } from '../types.js';
import { canParent } from '../unit-kinds.js';
import {
  type ReorganisationError,
  type ReorganisationErrorCode,
  reorganisationError,
} from './errors.js';
import type { NewUnit } from './schema.js';

export interface SimUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  isOpen: boolean;
  isNew: boolean;
  mergedInto: string | null;
  splitInto: string[];
}

export class ReorganisationState {
  readonly units = new Map<string, SimUnit>();
  readonly errors: ReorganisationError[] = [];
  private readonly taken: Set<string>;
  step = 0;

  constructor(tree: readonly UnitNode[], takenCodes: readonly string[] = []) {
    const codeOf = new Map(tree.map((u) => [u.id, u.code]));
    for (const u of tree) {
      this.units.set(u.code, {
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentCode: u.parentId ? (codeOf.get(u.parentId) ?? null) : null,
        isOpen: true,
        isNew: false,
        mergedInto: null,
        splitInto: [],
      });
    }
    this.taken = new Set(takenCodes);
  }

  fail(code: ReorganisationErrorCode, unit: string, other = ''): false {
    this.errors.push(reorganisationError(code, this.step, unit, other));
    return false;
  }

  open(code: string): SimUnit | undefined {
    const unit = this.units.get(code);
    if (unit?.isOpen) return unit;
    this.fail('unitMissing', code);
    return undefined;
  }

  childrenOf(code: string): SimUnit[] {
    return [...this.units.values()].filter((u) => u.isOpen && u.parentCode === code);
  }

  /** Whether `code` sits (at any depth) under `ancestor` now. */
  isUnder(code: string, ancestor: string): boolean {
    let at = this.units.get(code)?.parentCode ?? null;
    for (let hops = 0; at && hops < 64; hops += 1) {
      if (at === ancestor) return true;
      at = this.units.get(at)?.parentCode ?? null;
    }
    return false;
  }

  /** Checks that `kind` may sit under `parentCode` now; records why not. */
  fits(unit: string, kind: UnitKind, parentCode: string | null): boolean {
    if (parentCode === null) return canParent(null, kind) || this.fail('parentMissing', unit, '—');
    const parent = this.units.get(parentCode);
    if (!parent?.isOpen) return this.fail('parentMissing', unit, parentCode);
    return canParent(parent.kind, kind) || this.fail('parentKindMismatch', unit, parentCode);
  }

  canCreate(unit: NewUnit | (Omit<NewUnit, 'code'> & { code: string })): boolean {
    if (this.units.has(unit.code) || this.taken.has(unit.code)) {
      return this.fail('codeTaken', unit.code);
    }
    return this.fits(unit.code, unit.kind, unit.parentCode);
  }

  create(unit: NewUnit) {
    this.units.set(unit.code, {
      ...unit,
      isOpen: true,
      isNew: true,
      mergedInto: null,
      splitInto: [],
    });
  }

  close(code: string, mergedInto: string | null, splitInto: string[] = []) {
    const unit = this.units.get(code);
    if (!unit) return;
    unit.isOpen = false;
    unit.mergedInto = mergedInto;
    unit.splitInto = splitInto;
  }
}
