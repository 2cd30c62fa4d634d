import { describe, expect, it } from 'vitest';
import { selectForBannerCore } from './core.js';
import { anniversariesBetween, type Commemoration, formatBanner, selectForBanner } from './index.js';

const founded: Commemoration = { id: 'f', name: 'thành lập Hội', date: '2000-03-01', calendar: 'solar' };
const other: Commemoration = { id: 'o', name: 'thành lập Đoàn', date: '2001-06-15', calendar: 'solar' };
const shown = (list: Commemoration[], options: Parameters<typeof selectForBanner>[1]) =>
  selectForBanner(list, options).map((a) => [a.commemoration.id, a.day, a.years]);

describe('a banner whose window is longer than a year', () => {
  it('shows each commemoration once, its nearest anniversary', () => {
    expect(formatBanner(selectForBanner([founded], { today: '2025-03-01', daysBefore: 0, daysAfter: 366 }))).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 25 năm thành lập Hội (1/3/2000 - 1/3/2025)',
    );
    // 2025-03-01 is 92 days before, 2026-03-01 273 days after.
    expect(shown([founded], { today: '2025-06-01', daysBefore: 400, daysAfter: 400 })).toEqual([
      ['f', '2025-03-01', 25],
    ]);
    // 2025-03-01 is 275 days before, 2026-03-01 90 days after.
    expect(shown([founded], { today: '2025-12-01', daysBefore: 400, daysAfter: 400 })).toEqual([
      ['f', '2026-03-01', 26],
    ]);
  });

  it('takes the one to come when two are equally near', () => {
    // 1/6/2023 and 1/6/2024 are each 183 days from 1/12/2023.
    const june: Commemoration = { id: 'j', name: 'j', date: '2000-06-01', calendar: 'solar' };
    expect(shown([june], { today: '2023-12-01', daysBefore: 183, daysAfter: 183 })).toEqual([['j', '2024-06-01', 24]]);
    expect(shown([june], { today: '2023-11-30', daysBefore: 183, daysAfter: 183 })).toEqual([['j', '2023-06-01', 23]]);
  });

  it('counts max in commemorations, and keeps the order of their nearest anniversaries', () => {
    const options = { today: '2025-06-01', daysBefore: 800, daysAfter: 800, max: 2 };
    expect(shown([founded, other], options)).toEqual([
      ['f', '2025-03-01', 25],
      ['o', '2025-06-15', 24],
    ]);
    expect(shown([other, founded], { ...options, order: 'given' })).toEqual([
      ['o', '2025-06-15', 24],
      ['f', '2025-03-01', 25],
    ]);
  });

  it('with roundOnly, shows the nearest round anniversary even when a nearer one is not round', () => {
    // 15/6/2025 is 24 years; 15/6/2026, 25 (năm lẻ 5).
    expect(shown([other], { today: '2025-06-01', daysBefore: 400, daysAfter: 400, roundOnly: true })).toEqual([
      ['o', '2026-06-15', 25],
    ]);
  });

  it('takes a month-precision anniversary as near as its month: 0 days on any day of it', () => {
    // 16/6/2027 is 167 days after 31/12/2026, the last day of 12/2026, and 168 before 1/12/2027.
    const month: Commemoration = { id: 'm', name: 'm', date: '1972-12', calendar: 'solar' };
    expect(shown([month], { today: '2027-06-16', daysBefore: 400, daysAfter: 400 })).toEqual([['m', '2026-12-01', 54]]);
    expect(shown([month], { today: '2027-12-31', daysBefore: 400, daysAfter: 400 })).toEqual([['m', '2027-12-01', 55]]);
  });

  it('does the same in the core the widgets use', () => {
    const core = selectForBannerCore([founded, other], { today: '2025-06-01', daysBefore: 800, daysAfter: 800 });
    expect(core.map((a) => [a.commemoration.id, a.day])).toEqual([
      ['f', '2025-03-01'],
      ['o', '2025-06-15'],
    ]);
  });

  it('leaves anniversariesBetween listing every year in the range', () => {
    expect(anniversariesBetween([founded], '2025-03-01', '2026-03-02').map((a) => a.years)).toEqual([25, 26]);
  });
});
