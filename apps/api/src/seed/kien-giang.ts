// The Kiên Giang hierarchy as Plan 48/KH-CTĐKG knew it (before the 1 July 2025 reform).
// Real names and codes, seeded into every deployment whose database has no units yet.
import type { UnitKind } from '@lantoa/domain';

export interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  isSample?: boolean;
}

/** "Tracked since": the start of the 2022–2027 term, not a founding date. */
export const TRACKED_SINCE = '2022-01-01';

const district = (code: string, name: string): SeedUnit => ({
  code,
  name,
  kind: 'district',
  parent: 'kg',
});

export const KIEN_GIANG_UNITS: SeedUnit[] = [
  { code: 'kg', name: 'Hội Chữ thập đỏ tỉnh Kiên Giang', kind: 'province', parent: null },
  {
    code: 'kg-ban-tuyen-huan',
    name: 'Ban Tuyên huấn Thanh thiếu niên – Tình nguyện viên',
    kind: 'province_board',
    parent: 'kg',
  },
  {
    code: 'kg-ban-bien-tap',
    name: 'Ban Biên tập Trang thông tin điện tử Hội CTĐ tỉnh',
    kind: 'province_board',
    parent: 'kg',
  },
  district('kg-rach-gia', 'Hội CTĐ thành phố Rạch Giá'),
  district('kg-ha-tien', 'Hội CTĐ thành phố Hà Tiên'),
  district('kg-phu-quoc', 'Hội CTĐ thành phố Phú Quốc'),
  district('kg-an-bien', 'Hội CTĐ huyện An Biên'),
  district('kg-an-minh', 'Hội CTĐ huyện An Minh'),
  district('kg-chau-thanh', 'Hội CTĐ huyện Châu Thành'),
  district('kg-giang-thanh', 'Hội CTĐ huyện Giang Thành'),
  district('kg-giong-rieng', 'Hội CTĐ huyện Giồng Riềng'),
  district('kg-go-quao', 'Hội CTĐ huyện Gò Quao'),
  district('kg-hon-dat', 'Hội CTĐ huyện Hòn Đất'),
  district('kg-kien-hai', 'Hội CTĐ huyện Kiên Hải'),
  district('kg-kien-luong', 'Hội CTĐ huyện Kiên Lương'),
  district('kg-tan-hiep', 'Hội CTĐ huyện Tân Hiệp'),
  district('kg-u-minh-thuong', 'Hội CTĐ huyện U Minh Thượng'),
  district('kg-vinh-thuan', 'Hội CTĐ huyện Vĩnh Thuận'),
];

/** Demo only: invented grassroots units, marked as samples in the name and the flag. */
export const SAMPLE_GRASSROOTS: SeedUnit[] = [
  {
    code: 'kg-rach-gia-vinh-thanh-van',
    name: 'Hội CTĐ phường Vĩnh Thanh Vân (mẫu)',
    kind: 'grassroots',
    parent: 'kg-rach-gia',
    isSample: true,
  },
  {
    code: 'kg-rach-gia-an-hoa',
    name: 'Hội CTĐ phường An Hòa (mẫu)',
    kind: 'grassroots',
    parent: 'kg-rach-gia',
    isSample: true,
  },
  {
    code: 'kg-phu-quoc-duong-dong',
    name: 'Hội CTĐ phường Dương Đông (mẫu)',
    kind: 'grassroots',
    parent: 'kg-phu-quoc',
    isSample: true,
  },
  {
    code: 'kg-tan-hiep-thi-tran',
    name: 'Hội CTĐ thị trấn Tân Hiệp (mẫu)',
    kind: 'grassroots',
    parent: 'kg-tan-hiep',
    isSample: true,
  },
  {
    code: 'kg-truong-cao-dang',
    name: 'Hội CTĐ Trường Cao đẳng Kiên Giang (mẫu)',
    kind: 'grassroots_province',
    parent: 'kg',
    isSample: true,
  },
  {
    code: 'kg-benh-vien-tinh',
    name: 'Hội CTĐ Bệnh viện Đa khoa tỉnh (mẫu)',
    kind: 'grassroots_province',
    parent: 'kg',
    isSample: true,
  },
];
