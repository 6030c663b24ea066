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

  it('says a unit closed without successor was dissolved', () => {
    expect(closureMessage({ closedOn: '2025-03-15', successor: null })).toEqual({
      vi: 'Đã giải thể từ 15/03/2025',
      en: 'Dissolved on 15/03/2025',
    });
  });
});
