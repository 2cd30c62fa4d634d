import { parseCommemorations } from '@vnportal/anniversary';
import { describe, expect, it } from 'vitest';
import { checkDrafts, type Draft, emptyDraft } from './check-entry.ts';

const draft = (change: Partial<Draft>): Draft => ({ ...emptyDraft(), ...change });

describe('checkDrafts', () => {
  it('makes a commemoration parseCommemorations accepts, with an id from the name', () => {
    const [c] = checkDrafts([draft({ name: 'thành lập Đảng bộ khối', date: '17/7/2019', pinned: true })]);
    expect(c?.commemoration).toEqual({
      id: 'thanh-lap-dang-bo-khoi',
      name: 'thành lập Đảng bộ khối',
      date: '2019-07-17',
      calendar: 'solar',
      pinned: true,
    });
    expect(parseCommemorations([c?.commemoration])).toHaveLength(1);
  });

  it('refuses an empty name and a 2,000-character one', () => {
    expect(checkDrafts([draft({ date: '17/7' })])[0]?.problems.name).toEqual({ code: 'name-empty' });
    expect(checkDrafts([draft({ name: 'a'.repeat(2000), date: '17/7' })])[0]?.problems.name).toEqual({
      code: 'too-long',
      length: 2000,
      max: 300,
    });
  });

  it('puts a missing leap month on the leap field and a bad day on the date field', () => {
    const [leap, day] = checkDrafts([
      draft({ name: 'a', date: '10/2/2024', calendar: 'lunar', leap: true }),
      draft({ name: 'b', date: '31/2/2024' }),
    ]);
    expect(leap?.problems).toEqual({ leap: expect.objectContaining({ code: 'no-leap-month' }) });
    expect(day?.problems).toEqual({ date: expect.objectContaining({ code: 'no-such-day' }) });
    expect(leap?.commemoration).toBeUndefined();
  });

  it('writes leap: true only for a lunar day, and refuses a second row with the same id', () => {
    const [lunar, solar, twin] = checkDrafts([
      draft({ name: 'a', date: '10/2/2023', calendar: 'lunar', leap: true }),
      draft({ name: 'b', date: '10/2/2023', leap: true, id: 'radi' }),
      draft({ name: 'c', date: '1/1', id: 'radi' }),
    ]);
    expect(lunar?.commemoration).toMatchObject({ calendar: 'lunar', leap: true, date: '2023-02-10' });
    expect(solar?.commemoration).not.toHaveProperty('leap');
    expect(twin?.problems.id).toEqual({ code: 'id-taken', id: 'radi', row: 2 });
  });

  it('asks for the English name only when the banner is in English', () => {
    const row = draft({ name: 'thành lập Sở Tư pháp', date: '10/8/2020' });
    expect(checkDrafts([row])[0]?.commemoration?.name).toBe('thành lập Sở Tư pháp');
    const [en] = checkDrafts([row], 'en');
    expect(en?.problems.nameEn).toEqual({ code: 'name-en-empty' });
    expect(en?.commemoration).toBeUndefined();
    expect(
      checkDrafts([{ ...row, nameEn: 'founding of the Justice Department' }], 'en')[0]?.commemoration?.nameEn,
    ).toBe('founding of the Justice Department');
  });

  it('puts a clash of automatic ids on the name the editor typed, not on the empty id field', () => {
    const [first, second] = checkDrafts([
      draft({ name: 'thành lập Sở', date: '1/1/2000' }),
      draft({ name: 'Thành lập Sở', date: '2/2/2001' }),
    ]);
    expect(first?.commemoration?.id).toBe('thanh-lap-so');
    expect(second?.problems).toEqual({ name: { code: 'name-taken', id: 'thanh-lap-so', row: 1 } });
    // Its own id typed: the row is fine.
    expect(
      checkDrafts([
        draft({ name: 'thành lập Sở', date: '1/1/2000' }),
        draft({ name: 'Thành lập Sở', date: '2/2/2001', id: 'so-2' }),
      ])[1]?.commemoration?.id,
    ).toBe('so-2');
  });
});
