// Hội Chữ thập đỏ tỉnh An Giang after 1 July 2025, as the demo knows it: the merged
// province and commune-level chapters formed from Kiên Giang's former districts. Names are
// the commune-level units of Nghị quyết 1654/NQ-UBTVQH15 (16/06/2025), a representative
// subset of one to three per former district; the first of each district is its principal
// successor (usually the commune that kept its name or its seat).
import type { SeedUnit } from './kien-giang.js';

export const REFORM_DATE = '2025-07-01';
export const REFORM_DAY_BEFORE = '2025-06-30';

export const AN_GIANG: SeedUnit = {
  code: 'ag',
  name: 'Hội Chữ thập đỏ tỉnh An Giang',
  kind: 'province',
  parent: null,
};

/** Former district code → the commune-level chapters formed from it, principal first. */
export const COMMUNES_OF_DISTRICT: Record<string, [code: string, name: string][]> = {
  'kg-rach-gia': [
    ['ag-rach-gia', 'Hội CTĐ phường Rạch Giá'],
    ['ag-vinh-thong', 'Hội CTĐ phường Vĩnh Thông'],
  ],
  'kg-ha-tien': [
    ['ag-ha-tien', 'Hội CTĐ phường Hà Tiên'],
    ['ag-to-chau', 'Hội CTĐ phường Tô Châu'],
    ['ag-tien-hai', 'Hội CTĐ xã Tiên Hải'],
  ],
  'kg-phu-quoc': [
    ['ag-phu-quoc', 'Hội CTĐ đặc khu Phú Quốc'],
    ['ag-tho-chau', 'Hội CTĐ đặc khu Thổ Châu'],
  ],
  'kg-kien-hai': [['ag-kien-hai', 'Hội CTĐ đặc khu Kiên Hải']],
  'kg-an-bien': [
    ['ag-an-bien', 'Hội CTĐ xã An Biên'],
    ['ag-tay-yen', 'Hội CTĐ xã Tây Yên'],
    ['ag-dong-thai', 'Hội CTĐ xã Đông Thái'],
  ],
  'kg-an-minh': [
    ['ag-an-minh', 'Hội CTĐ xã An Minh'],
    ['ag-van-khanh', 'Hội CTĐ xã Vân Khánh'],
  ],
  'kg-chau-thanh': [
    ['ag-chau-thanh', 'Hội CTĐ xã Châu Thành'],
    ['ag-binh-an', 'Hội CTĐ xã Bình An'],
    ['ag-thanh-loc', 'Hội CTĐ xã Thạnh Lộc'],
  ],
  'kg-giang-thanh': [
    ['ag-giang-thanh', 'Hội CTĐ xã Giang Thành'],
    ['ag-vinh-dieu', 'Hội CTĐ xã Vĩnh Điều'],
  ],
  'kg-giong-rieng': [
    ['ag-giong-rieng', 'Hội CTĐ xã Giồng Riềng'],
    ['ag-thanh-hung', 'Hội CTĐ xã Thạnh Hưng'],
    ['ag-ngoc-chuc', 'Hội CTĐ xã Ngọc Chúc'],
  ],
  'kg-go-quao': [
    ['ag-go-quao', 'Hội CTĐ xã Gò Quao'],
    ['ag-dinh-hoa', 'Hội CTĐ xã Định Hòa'],
  ],
  'kg-hon-dat': [
    ['ag-hon-dat', 'Hội CTĐ xã Hòn Đất'],
    ['ag-son-kien', 'Hội CTĐ xã Sơn Kiên'],
    ['ag-my-thuan', 'Hội CTĐ xã Mỹ Thuận'],
  ],
  'kg-kien-luong': [
    ['ag-kien-luong', 'Hội CTĐ xã Kiên Lương'],
    ['ag-hon-nghe', 'Hội CTĐ xã Hòn Nghệ'],
  ],
  'kg-tan-hiep': [
    ['ag-tan-hiep', 'Hội CTĐ xã Tân Hiệp'],
    ['ag-tan-hoi', 'Hội CTĐ xã Tân Hội'],
    ['ag-thanh-dong', 'Hội CTĐ xã Thạnh Đông'],
  ],
  'kg-u-minh-thuong': [
    ['ag-u-minh-thuong', 'Hội CTĐ xã U Minh Thượng'],
    ['ag-vinh-hoa', 'Hội CTĐ xã Vĩnh Hòa'],
  ],
  'kg-vinh-thuan': [['ag-vinh-phong', 'Hội CTĐ xã Vĩnh Phong']],
};

export const COMMUNES: SeedUnit[] = Object.values(COMMUNES_OF_DISTRICT)
  .flat()
  .map(([code, name]) => ({ code, name, kind: 'commune', parent: 'ag' }));

/** The commune-level chapter a former district's duties, cadres and accounts pass to. */
export function principalCommuneOf(districtCode: string): string {
  const first = COMMUNES_OF_DISTRICT[districtCode]?.[0];
  if (!first) throw new Error(`demo seed: no commune-level chapter for ${districtCode}`);
  return first[0];
}

/** Grassroots units that had sat under a district, and the chapter whose area took them in
 *  (the old wards Vĩnh Thanh Vân and An Hòa are part of phường Rạch Giá, and so on). */
export const GRASSROOTS_MOVES: Record<string, string> = {
  'kg-rach-gia-vinh-thanh-van': 'ag-rach-gia',
  'kg-rach-gia-an-hoa': 'ag-rach-gia',
  'kg-phu-quoc-duong-dong': 'ag-phu-quoc',
  'kg-tan-hiep-thi-tran': 'ag-tan-hiep',
};
