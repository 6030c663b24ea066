import { describe, expect, it } from 'vitest';
import { closureMessage } from './continuity.js';

describe('closureMessage', () => {
  it('names the successor and the day of the merger, dd/MM/yyyy', () => {
    const message = closureMessage({
      closedOn: '2025-07-01',
      successor: { name: 'Hội CTĐ tỉnh An Giang' },
    });
    expect(message).toEqual({
      vi: 'Đã sáp nhập vào Hội CTĐ tỉnh An Giang từ 01/07/2025',
      en: 'Merged into Hội CTĐ tỉnh An Giang on 01/07/2025',
    });
  });

  it('says a district split among several chapters was split, naming the principal one', () => {
    const principal = { name: 'Hội CTĐ phường Hà Tiên' };
    const successors = [
      principal,
      { name: 'Hội CTĐ phường Tô Châu' },
      { name: 'Hội CTĐ xã Tiên Hải' },
    ];
    expect(closureMessage({ closedOn: '2025-07-01', successor: principal, successors })).toEqual({
      vi: 'Đã chia thành Hội CTĐ phường Hà Tiên và 2 đơn vị khác từ 01/07/2025',
      en: 'Split into Hội CTĐ phường Hà Tiên and 2 other units on 01/07/2025',
    });
    const two = {
      closedOn: '2025-07-01',
      successor: principal,
      successors: successors.slice(0, 2),
    };
    expect(closureMessage(two).en).toBe(
      'Split into Hội CTĐ phường Hà Tiên and 1 other unit on 01/07/2025',
    );
    // One successor listed is a merger, as without the list.
    expect(
      closureMessage({ closedOn: '2025-07-01', successor: principal, successors: [principal] }).vi,
    ).toBe('Đã sáp nhập vào Hội CTĐ phường Hà Tiên từ 01/07/2025');
  });

  it('says a unit closed without successor was dissolved', () => {
    expect(closureMessage({ closedOn: '2025-03-15', successor: null })).toEqual({
      vi: 'Đã giải thể từ 15/03/2025',
      en: 'Dissolved on 15/03/2025',
    });
  });
});
