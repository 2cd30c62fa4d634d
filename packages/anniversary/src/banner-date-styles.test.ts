import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { type Anniversary, type Commemoration, formatAnniversary, formatBanner } from './index.js';

const on = (commemoration: Commemoration, day: string, years: number | null): Anniversary => ({
  commemoration,
  day,
  years,
  round: null,
});
const thudo: Commemoration = {
  id: 'thudo',
  name: 'Ngày Giải phóng Thủ đô',
  nameEn: 'the Liberation of the Capital',
  date: '1954-10-10',
  calendar: 'solar',
};

describe('padded dates pad only what has one digit', () => {
  it('leaves day 10 and month 10 as they are', () => {
    expect(formatAnniversary(on(thudo, '2024-10-10', 70), { padded: true })).toBe(
      '70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)',
    );
  });

  it('pads day 9 and month 9, and a month-precision date', () => {
    const qk = { id: 'qk', name: 'Quốc khánh', date: '1945-09-02', calendar: 'solar' } as const;
    expect(formatAnniversary(on(qk, '2025-09-02', 80), { padded: true })).toBe(
      '80 năm Quốc khánh (02/09/1945 - 02/09/2025)',
    );
    const month = { id: 'm', name: 'x', date: '1972-09', calendar: 'solar' } as const;
    expect(formatAnniversary(on(month, '2022-09-01', 50), { padded: true })).toBe('50 năm x (09/1972 - 09/2022)');
  });

  it('pads a yearly observance too', () => {
    const tet = { id: 'tet', name: 'Tết Nguyên đán', date: '--01-01', calendar: 'lunar' } as const;
    expect(formatAnniversary(on(tet, '2025-01-29', null), { padded: true, dateSeparator: '.' })).toBe(
      'Tết Nguyên đán (29.01.2025)',
    );
  });
});

describe('English banners', () => {
  it('write a yearly observance with its English name and day, without a count', () => {
    const tet = {
      id: 'tet',
      name: 'Tết Nguyên đán',
      nameEn: 'Lunar New Year',
      date: '--01-01',
      calendar: 'lunar',
    } as const;
    expect(formatAnniversary(on(tet, '2025-01-29', null), { lang: 'en' })).toBe('Lunar New Year (29/1/2025)');
  });

  it('keep a prefix the caller gives, in either language', () => {
    expect(formatBanner([on(thudo, '2024-10-10', 70)], { lang: 'en', prefix: 'Honouring' })).toBe(
      'Honouring the 70th anniversary of the Liberation of the Capital (10/10/1954 - 10/10/2024)',
    );
    expect(formatBanner([on(thudo, '2024-10-10', 70)], { lang: 'vi' })).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)',
    );
  });

  it('name the commemoration that has no English name', () => {
    const { nameEn: _, ...vi } = thudo;
    expect(() => formatBanner([on(vi, '2024-10-10', 70)], { lang: 'en' })).toThrow(
      commemorationError('nameEn: "thudo" has no nameEn, which lang "en" needs'),
    );
  });
});
