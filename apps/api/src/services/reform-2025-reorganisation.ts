// The 1 July 2025 reform as one reorganisation: Kiên Giang and its 15 districts merge into
// An Giang (created that day when this deployment has no An Giang yet); the units under
// them pass to An Giang. The same input goes through the API's preview and apply.
import type { ReorganisationInput, UnitNode } from '@lantoa/domain';

export const REFORM_DATE = '2025-07-01';

export const AN_GIANG = {
  code: 'ag',
  name: 'Hội Chữ thập đỏ tỉnh An Giang',
} as const;

/** `tree` is the tree as of the reform's date; null when Kiên Giang is no longer in it. */
export function reform2025Reorganisation(tree: readonly UnitNode[]): ReorganisationInput | null {
  const kg = tree.find((u) => u.code === 'kg' && u.kind === 'province');
  if (!kg) return null;
  const districts = tree.filter((u) => u.parentId === kg.id && u.kind === 'district');
  const hasAnGiang = tree.some((u) => u.code === AN_GIANG.code);
  return {
    effectiveOn: REFORM_DATE,
    title: 'Sáp nhập tỉnh Kiên Giang vào tỉnh An Giang, bỏ cấp huyện',
    legalBasis: {
      number: '202/2025/QH15',
      issuedOn: '2025-06-12',
      issuer: 'Quốc hội',
    },
    steps: [
      {
        type: 'merge',
        sources: [kg.code, ...districts.map((d) => d.code)],
        into: AN_GIANG.code,
        ...(hasAnGiang
          ? {}
          : { newUnit: { name: AN_GIANG.name, kind: 'province' as const, parentCode: null } }),
      },
    ],
  };
}
