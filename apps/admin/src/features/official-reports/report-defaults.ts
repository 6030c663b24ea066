// What the official report form starts with: the place named after the province
// ("Hội Chữ thập đỏ tỉnh An Giang" → "An Giang"), the board's signing formula, the usual
// recipients, and the report's unit (the user's own, or the province for the board).
import type { UnitKind } from '@lantoa/domain';

export const REPORTING_KINDS: readonly UnitKind[] = [
  'province',
  'district',
  'commune',
  'grassroots_province',
];

export function placeOf(provinceName: string): string {
  return provinceName.replace(/^(Hội\s+)?(Chữ thập đỏ|CTĐ)\s+(tỉnh|thành phố)\s+/iu, '').trim();
}

export function defaultRecipients(kind: UnitKind): string {
  return kind === 'province'
    ? 'Trung ương Hội CTĐ Việt Nam\nThường trực Tỉnh ủy\nCác huyện, thành Hội và cơ sở Hội trực thuộc'
    : 'Ban Thường vụ Hội CTĐ tỉnh\nBan Tuyên huấn Hội CTĐ tỉnh';
}
