import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Commemoration, nationalCatalog, toICalendar } from './index.js';

/** The events an independent parser (ical.js) reads back: [uid, start day, summary]. */
function events(ics: string): [string, string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return [event.uid, event.startDate.toString(), event.summary];
  });
}

const pick = (...ids: string[]) => nationalCatalog.filter((d) => ids.includes(d.id));

describe('toICalendar', () => {
  it('places Giỗ Tổ 2024 on 18/4/2024 and Tết 2025 on 29/1/2025, as ical.js reads them', () => {
    const ics = toICalendar(pick('tet', 'gioto'), { from: '2024-01-01', to: '2025-12-31' });
    expect(events(ics)).toEqual([
      ['tet-2024-02-10@vnportal', '2024-02-10', 'Tết Nguyên đán (10/2/2024)'],
      ['tet-2025-01-29@vnportal', '2025-01-29', 'Tết Nguyên đán (29/1/2025)'],
      ['gioto-2024-04-18@vnportal', '2024-04-18', 'Giỗ Tổ Hùng Vương (18/4/2024)'],
      ['gioto-2025-04-07@vnportal', '2025-04-07', 'Giỗ Tổ Hùng Vương (7/4/2025)'],
    ]);
  });

  it('writes one all-day event a year with the years in the summary', () => {
    const ics = toICalendar(pick('radi'), { from: '2024-01-01', to: '2025-12-31' });
    expect(events(ics).map(([, day, summary]) => [day, summary])).toEqual([
      ['2024-06-05', '113 năm Ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)'],
      ['2025-06-05', '114 năm Ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2025)'],
    ]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240605\r\nDTEND;VALUE=DATE:20240606\r\n');
  });

  it('writes the same file on every run, so calendar apps update events instead of duplicating them', () => {
    const once = () => toICalendar(nationalCatalog, { from: '2025-01-01', to: '2025-12-31' });
    expect(once()).toBe(once());
    expect(once()).toContain('DTSTAMP:20250101T000000Z');
  });

  it('ends every line with CRLF, folds at 75 octets without splitting a character, and escapes text', () => {
    const long: Commemoration = {
      id: 'dai',
      name: 'thành lập Ủy ban nhân dân; Hội đồng, nhân dân \\ tỉnh Ninh Bình và các sở, ban, ngành trực thuộc',
      date: '2019-07-17',
      calendar: 'solar',
    };
    const ics = toICalendar([long], { from: '2024-07-17', to: '2024-07-17' });
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(
      'SUMMARY:5 năm thành lập Ủy ban nhân dân\\; Hội đồng\\, nhân dân \\\\ tỉnh',
    );
    expect(events(ics)[0]![2]).toBe(`5 năm ${long.name} (17/7/2019 - 17/7/2024)`);
  });

  it('shows leaders’ birthdays only in round years, as the banner does', () => {
    const ics = toICalendar(pick('tdt'), { from: '2015-01-01', to: '2025-12-31' });
    expect(events(ics).map(([, day]) => day)).toEqual(['2018-08-20', '2023-08-20']);
  });

  it('names a missing range, a range over a century and a bad stamp', () => {
    expect(() => toICalendar([], undefined as never)).toThrow(/^options is missing$/);
    expect(() => toICalendar([], { from: '2024-01-01' } as never)).toThrow(/^to is missing$/);
    expect(() => toICalendar([], { from: '1900-01-01', to: '2024-01-01' })).toThrow(/more than 100 years/);
    expect(() => toICalendar([], { from: '2024-01-01', to: '2024-01-01', stamp: 'now' })).toThrow(/^stamp: "now"/);
  });
});
