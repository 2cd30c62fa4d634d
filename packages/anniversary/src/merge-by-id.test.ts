import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { type Commemoration, CommemorationError, mergeById, nationalCatalog, selectForBanner } from './index.js';

const c = (id: string, name: string, extra: Partial<Commemoration> = {}): Commemoration => ({
  id,
  name,
  date: '1931-03-26',
  calendar: 'solar',
  ...extra,
});

describe('mergeById', () => {
  it('puts the overrides first, then the base entries not overridden, in base order', () => {
    const merged = mergeById([c('a', 'A'), c('b', 'B'), c('d', 'D')], [c('x', 'X'), c('b', 'B2')]);
    expect(merged.map((e) => [e.id, e.name])).toEqual([
      ['x', 'X'],
      ['b', 'B2'],
      ['a', 'A'],
      ['d', 'D'],
    ]);
    // An id the base lacks takes no field from any base entry.
    expect(mergeById([c('a', 'A', { nameEn: 'A' }), c('b', 'B', { nameEn: 'B' })], [c('x', 'X')])[0]).toEqual(
      c('x', 'X'),
    );
  });

  it("keeps the catalog's English name, observance and source under a site's rewording", () => {
    const site = c('tdt', 'ngày sinh Bác Tôn', { date: '1888-08-20' });
    const [merged] = mergeById(nationalCatalog, [site]);
    expect(merged).toMatchObject({
      name: 'ngày sinh Bác Tôn',
      nameEn: 'the birth of President Ton Duc Thang',
      observance: 'round-years',
      source: 'dantocmiennui.vn',
    });
  });

  it('shows a local entry with a catalog id once, in the wording the site gave', () => {
    const site = [c('radi', 'ngày bác hồ ra đi tìm đường cứu nước', { date: '1911-06-05' })];
    const items = selectForBanner(mergeById(nationalCatalog, site), {
      today: '2024-06-05',
      daysBefore: 0,
      daysAfter: 0,
    });
    expect(items.map((a) => a.commemoration.name)).toEqual(['ngày bác hồ ra đi tìm đường cứu nước']);
  });

  it("lets a site observe a leader's birthday every year by saying so", () => {
    const site = [c('tdt', 'Ngày sinh Chủ tịch Tôn Đức Thắng', { date: '1888-08-20', observance: 'yearly' })];
    const items = selectForBanner(mergeById(nationalCatalog, site), {
      today: '2025-08-20',
      daysBefore: 0,
      daysAfter: 0,
    });
    expect(items.map((a) => [a.commemoration.id, a.years])).toEqual([['tdt', 137]]);
  });

  it('names an id found twice in one list, and an entry without an id', () => {
    expect(() => mergeById([c('a', 'A'), c('a', 'A2')], [])).toThrow(CommemorationError);
    expect(() => mergeById([c('a', 'A'), c('a', 'A2')], [])).toThrow(
      commemorationError(/^base\[1\]\.id: "a" is not unique \(base\[0\] has it too\)$/),
    );
    expect(() => mergeById([], [c('a', 'A'), {} as Commemoration, c('a', 'A')])).toThrow(
      commemorationError(
        /^Invalid commemorations \(2 problems\):\n {2}overrides\[1\]\.id is missing\n {2}overrides\[2\]\.id: "a" is not unique \(overrides\[0\] has it too\)$/,
      ),
    );
  });

  it('names an argument that is not a list', () => {
    expect(() => mergeById(null as never, [])).toThrow(
      commemorationError(/^base: null is not an array of commemorations$/),
    );
    expect(() => mergeById([], 'x' as never)).toThrow(
      commemorationError(/^overrides: "x" is not an array of commemorations$/),
    );
  });

  it('names an entry that is null, a string or a number, and an id that is not a string', () => {
    expect(() => mergeById([null, 'a', 7] as never, [c('a', 'A')])).toThrow(
      commemorationError(
        /^Invalid commemorations \(3 problems\):\n {2}base\[0\]\.id is missing\n {2}base\[1\]\.id is missing\n {2}base\[2\]\.id is missing$/,
      ),
    );
    expect(() => mergeById([{ ...c('a', 'A'), id: 7 as never }], [])).toThrow(
      commemorationError(/^base\[0\]\.id: 7 is not a string$/),
    );
  });
});
