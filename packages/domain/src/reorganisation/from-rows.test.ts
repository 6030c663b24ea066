import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../test-factories.js';
import { reorganisationFromRows } from './from-rows.js';
import type { ImportRow } from './import-rows.js';

// kg → kg-d1..kg-d3 (districts) → two grassroots units each.
const tree = buildHierarchy({ districts: 3, grassrootsPerDistrict: 2 });
const meta = { effectiveOn: '2026-01-01', title: 'Danh sách sắp xếp' };
let n = 1;
const row = (oldCode: string, newCode: string, name = '', kind = '', parent = ''): ImportRow => {
  n += 1;
  return { row: n, oldCode, newCode, name, kind, parent };
};

describe('reorganisationFromRows', () => {
  it('reads merges, a split with its units placed by their rows, a rename and a dissolution', () => {
    n = 1;
    const rows = [
      row('kg-d1', 'xa-a', 'Hội CTĐ xã A', 'Hội CTĐ xã, phường, đặc khu', 'kg'),
      row('kg-d2', 'xa-a', 'Hội CTĐ xã A', 'Hội CTĐ xã, phường, đặc khu', 'kg'),
      row('kg-d3', 'xa-b', 'Hội CTĐ xã B', 'commune', 'kg'),
      row('kg-d3', 'xa-c', 'Hội CTĐ xã C', 'commune', 'kg'),
      row('kg-d3-g1', 'kg-d3-g1', 'Chi hội 1', '', 'xa-b'),
      row('kg-d3-g2', 'kg-d3-g2', 'Đơn vị kg-d3-g2', '', 'xa-c'),
      row('kg-d1-g1', '', '', '', ''),
    ];
    const result = reorganisationFromRows(rows, tree, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.reorganisation.steps).toEqual([
      {
        type: 'merge',
        sources: ['kg-d1', 'kg-d2'],
        into: 'xa-a',
        newUnit: { name: 'Hội CTĐ xã A', kind: 'commune', parentCode: 'kg' },
      },
      {
        type: 'split',
        source: 'kg-d3',
        into: [
          { code: 'xa-b', name: 'Hội CTĐ xã B', kind: 'commune', parentCode: 'kg' },
          { code: 'xa-c', name: 'Hội CTĐ xã C', kind: 'commune', parentCode: 'kg' },
        ],
        assignments: [
          { unit: 'kg-d3-g1', to: 'xa-b' },
          { unit: 'kg-d3-g2', to: 'xa-c' },
        ],
      },
      { type: 'rename', unit: 'kg-d3-g1', name: 'Chi hội 1' },
      { type: 'dissolve', unit: 'kg-d1-g1' },
    ]);
  });

  it('gives every bad row its own error, with its column', () => {
    n = 1;
    const rows = [
      row('kg-d1', 'xa-a', '', 'commune', 'kg'),
      row('khong-co', 'xa-b', 'Xã B', 'commune', 'kg'),
      row('kg-d2', 'XA C', 'Xã C', 'commune', 'kg'),
      row('kg-d3', 'xa-d', 'Xã D', 'quận', 'kg'),
      row('', ''),
    ];
    const result = reorganisationFromRows(rows, tree, meta);
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'name'],
      [3, 'oldCode'],
      [4, 'newCode'],
      [5, 'kind'],
      [6, 'oldCode'],
    ]);
    n = 1;
    const later = reorganisationFromRows(
      [row('khong-co', 'xa-b', 'Xã B', 'commune', 'kg'), row('kg-d1', 'xa-c', 'Xã C', '', 'kg')],
      tree,
      meta,
    );
    expect(later.ok ? [] : later.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'oldCode'],
      [3, 'kind'],
    ]);
  });

  it('names the unit a split leaves unassigned, on the split row', () => {
    n = 1;
    const rows = [
      row('kg-d3', 'xa-b', 'Xã B', 'commune', 'kg'),
      row('kg-d3', 'xa-c', 'Xã C', 'commune', 'kg'),
      row('kg-d3-g1', 'kg-d3-g1', 'Đơn vị kg-d3-g1', '', 'xa-b'),
    ];
    const result = reorganisationFromRows(rows, tree, meta);
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.message.en])).toEqual([
      [2, 'Unit kg-d3-g2 under kg-d3 is not assigned to a successor'],
    ]);
  });
});
