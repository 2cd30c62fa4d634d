import { describe, expect, it } from 'vitest';
import { icsFile } from './ics.ts';

describe('icsFile', () => {
  it('names the file after the preview day’s year and writes that whole calendar year', () => {
    const file = icsFile(
      [
        { id: 'radi', name: 'ngày Bác Hồ ra đi tìm đường cứu nước', date: '1911-06-05', calendar: 'solar' },
        { id: 'gioto', name: 'Giỗ Tổ Hùng Vương', date: '--03-10', calendar: 'lunar' },
      ],
      '2024-11-30',
    );
    expect(file?.name).toBe('ngay-ky-niem-2024.ics');
    expect(file?.text.match(/DTSTART;VALUE=DATE:\d+/g)?.sort()).toEqual([
      'DTSTART;VALUE=DATE:20240418',
      'DTSTART;VALUE=DATE:20240605',
    ]);
  });

  it('gives no file when a lunar day cannot be placed in that year', () => {
    expect(icsFile([{ id: 'x', name: 'x', date: '--03-10', calendar: 'lunar' }], '2150-01-01')).toBeUndefined();
  });
});
