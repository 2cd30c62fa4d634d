import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  anniversariesBetween,
  type Commemoration,
  formatBanner,
  pickNational,
  selectForBanner,
  toICalendar,
} from './index.js';

// dbpk is 12/1972, ddcm 12/1958: known to the month only.
const months = pickNational({ include: ['dbpk', 'ddcm'] });
const banner = (today: string) => formatBanner(selectForBanner(months, { today }));
const both =
  'Nhiệt liệt chào mừng kỷ niệm 54 năm Chiến thắng "Hà Nội - Điện Biên Phủ trên không" (12/1972 - 12/2026); ' +
  '68 năm ra đời tác phẩm "Đạo đức cách mạng" (12/1958 - 12/2026)';

describe('a month-precision date falls in its whole month', () => {
  it('is shown with the default window from 30 days before the 1st to 7 days after the last day', () => {
    expect(banner('2026-10-31')).toBe('');
    expect(banner('2026-11-01')).toBe(both);
    expect(['2026-12-09', '2026-12-18', '2026-12-29', '2026-12-31', '2027-01-07'].map(banner)).toEqual(
      Array(5).fill(both),
    );
    expect(banner('2027-01-08')).toBe('');
  });

  it('is shown on a day in the month even with no window at all', () => {
    const on18 = selectForBanner(months, { today: '2026-12-18', daysBefore: 0, daysAfter: 0 });
    expect(on18.map((a) => [a.commemoration.id, a.day, a.lastDay, a.years])).toEqual([
      ['dbpk', '2026-12-01', '2026-12-31', 54],
      ['ddcm', '2026-12-01', '2026-12-31', 68],
    ]);
  });

  it('is found by anniversariesBetween when any day of its month is in the range, once', () => {
    const ddcm: Commemoration = { id: 'ddcm', name: 'x', date: '1958-02', calendar: 'solar' };
    const found = (from: string, to: string) => anniversariesBetween([ddcm], from, to).map((a) => [a.day, a.years]);
    expect(found('2018-02-28', '2018-03-31')).toEqual([['2018-02-01', 60]]);
    expect(found('2018-01-01', '2018-01-31')).toEqual([]);
    expect(found('2018-03-01', '2018-12-31')).toEqual([]);
    // February's last day follows the leap rule.
    expect(anniversariesBetween([ddcm], '2020-02-29', '2020-02-29')[0]?.lastDay).toBe('2020-02-29');
    expect(found('2018-01-01', '2019-12-31')).toEqual([
      ['2018-02-01', 60],
      ['2019-02-01', 61],
    ]);
  });

  it('counts no anniversary in the founding month itself', () => {
    const m: Commemoration = { id: 'm', name: 'x', date: '2024-12', calendar: 'solar' };
    expect(anniversariesBetween([m], '2024-12-15', '2025-11-30')).toEqual([]);
  });

  it('spans a lunar month to its last day, the 29th or the 30th of that year', () => {
    // Lunar month 12 of 2024 runs from 31/12/2024 to 28/1/2025 (29 days); of 2032, 1/1 to 30/1/2033 (30 days).
    const m: Commemoration = { id: 'l', name: 'x', date: '2000-12', calendar: 'lunar' };
    expect(anniversariesBetween([m], '2025-01-28', '2025-01-28').map((a) => [a.day, a.lastDay])).toEqual([
      ['2024-12-31', '2025-01-28'],
    ]);
    expect(anniversariesBetween([m], '2025-01-29', '2025-01-29')).toEqual([]);
    expect(anniversariesBetween([m], '2033-01-30', '2033-01-30').map((a) => a.lastDay)).toEqual(['2033-01-30']);
  });

  it('is one all-day event in iCalendar that lasts the whole month', () => {
    const ics = toICalendar(months.slice(0, 1), { from: '2026-12-15', to: '2027-11-30' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20270101\r\n');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.summary])).toEqual([
      ['2026-12-01', '2027-01-01', '54 năm Chiến thắng "Hà Nội - Điện Biên Phủ trên không" (12/1972 - 12/2026)'],
    ]);
  });

  it('ends a month event in December 9999 with no DTEND, which DATE cannot write', () => {
    const m: Commemoration = { id: 'm', name: 'x', date: '9998-12', calendar: 'solar' };
    const ics = toICalendar([m], { from: '9999-12-31', to: '9999-12-31' });
    expect(ics).toContain('DTSTART;VALUE=DATE:99991201\r\nSUMMARY:');
  });

  it('leaves a day-precision anniversary without lastDay', () => {
    const d: Commemoration = { id: 'd', name: 'x', date: '2000-12-18', calendar: 'solar' };
    expect(anniversariesBetween([d], '2026-12-18', '2026-12-18')).toEqual([
      { commemoration: d, day: '2026-12-18', years: 26, round: null },
    ]);
    expect('lastDay' in anniversariesBetween([d], '2026-12-18', '2026-12-18')[0]!).toBe(false);
  });
});
