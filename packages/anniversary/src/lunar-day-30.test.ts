import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  anniversariesBetween,
  bannerParts,
  type Commemoration,
  formatAnniversary,
  formatBanner,
  selectForBanner,
  toICalendar,
} from './index.js';

// 30/12 of lunar year 2023 is 9/2/2024. Month 12 has 29 days in lunar 2024 (its 29th is 28/1/2025), 2025 and
// 2026, and 30 again in lunar 2032 (30/12/2032 is 30/1/2033).
const hoi: Commemoration = {
  id: 'am',
  name: 'thành lập Hội',
  nameEn: 'the founding of the Association',
  date: '2023-12-30',
  calendar: 'lunar',
};
const onDay = (today: string) => selectForBanner([hoi], { today, daysBefore: 0, daysAfter: 0 });

describe('a lunar founding day 30 in a year whose month has 29 days', () => {
  it('writes the day it is observed on, 29/12, in the banner (as 29/2 becomes 28/2)', () => {
    expect(formatBanner(onDay('2025-01-28'))).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 1 năm thành lập Hội (30/12/2023 - 29/12/2024 âm lịch)',
    );
  });

  it('writes 29/12 in English and in each item of bannerParts', () => {
    expect(formatBanner(onDay('2025-01-28'), { lang: 'en' })).toBe(
      'Celebrating the 1st anniversary of the founding of the Association (30/12/2023 - 29/12/2024 lunar)',
    );
    expect(bannerParts(onDay('2025-01-28'), { padded: true }).items.map((i) => i.text)).toEqual([
      '1 năm thành lập Hội (30/12/2023 - 29/12/2024 âm lịch)',
    ]);
  });

  it('writes every later year by its own month: 29/12 in 2025 and 2026, 30/12 in 2032', () => {
    const texts = anniversariesBetween([hoi], '2025-01-01', '2033-12-31').map((a) => [a.day, formatAnniversary(a)]);
    expect(texts.filter(([day]) => ['2026', '2027', '2033'].includes(day!.slice(0, 4)))).toEqual([
      ['2026-02-16', '2 năm thành lập Hội (30/12/2023 - 29/12/2025 âm lịch)'],
      ['2027-02-05', '3 năm thành lập Hội (30/12/2023 - 29/12/2026 âm lịch)'],
      ['2033-01-30', '9 năm thành lập Hội (30/12/2023 - 30/12/2032 âm lịch)'],
    ]);
  });

  it('writes 29/12 in the iCalendar summary, on the right solar day', () => {
    const ics = toICalendar([hoi], { from: '2025-01-01', to: '2025-12-31' });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2025-01-28', '1 năm thành lập Hội (30/12/2023 - 29/12/2024 âm lịch)'],
    ]);
  });

  it('writes a leap month day 30 on the regular month as observed, 29 when that month is short', () => {
    // Leap month 6 of lunar 2017 has 30 days (its 30th is 21/8/2017); regular month 6 has 29 days in lunar 2018
    // (29/6 is 10/8/2018).
    const leap: Commemoration = { id: 'n', name: 'n', date: '2017-06-30', calendar: 'lunar', leap: true };
    expect(anniversariesBetween([leap], '2018-01-01', '2018-12-31').map((a) => [a.day, formatAnniversary(a)])).toEqual([
      ['2018-08-10', '1 năm n (30/6 nhuận/2017 - 29/6/2018 âm lịch)'],
    ]);
  });

  it('keeps the written day 30 for an anniversary the lunar table cannot check (after 2100)', () => {
    const a = { commemoration: hoi, day: '2200-01-01', years: 177, round: null };
    expect(formatAnniversary(a)).toBe('177 năm thành lập Hội (30/12/2023 - 30/12/2200 âm lịch)');
  });
});
