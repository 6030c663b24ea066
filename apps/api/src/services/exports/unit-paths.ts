// "Hội CTĐ tỉnh Kiên Giang › Hội CTĐ huyện An Biên › Hội CTĐ xã Đông Yên": where a unit
// sits in the tree of a day, a column of every export so a row stands on its own.
import type { UnitNode } from '@lantoa/domain';

export const PATH_SEPARATOR = ' › ';

export function unitPaths(units: readonly UnitNode[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const paths = new Map<string, string>();
  const pathOf = (unit: UnitNode, depth = 0): string => {
    const known = paths.get(unit.id);
    if (known !== undefined) return known;
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    // A cyclic or broken tree ends the path rather than the export.
    const path =
      parent && depth < 64
        ? `${pathOf(parent, depth + 1)}${PATH_SEPARATOR}${unit.name}`
        : unit.name;
    paths.set(unit.id, path);
    return path;
  };
  for (const unit of units) pathOf(unit);
  return paths;
}
