import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDays, catalogGroups, nationalWords, pickedByWords } from './catalog.ts';

const ids = catalogDays.map((d) => d.id);
const group = (id: string) => catalogGroups.find((g) => g.id === id)!.days.map((d) => d.id);

describe('nationalWords', () => {
  it('says the whole catalog as the bare attribute and nothing ticked as no attribute', () => {
    expect(nationalWords(ids)).toEqual([]);
    expect(nationalWords([])).toBeUndefined();
  });

  it('names a whole group by its id and single days by theirs', () => {
    expect(nationalWords([...group('major'), 'radi'])).toEqual(['major', 'radi']);
  });

  it('names what is left out when that is shorter', () => {
    const withoutLeaders = ids.filter((id) => !group('leaders').includes(id) && id !== 'radi');
    expect(nationalWords(withoutLeaders)).toEqual(['-radi', '-leaders']);
  });

  it('gives back the same ticks through the banner’s attribute rules, for any choice', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (picked) => {
        const words = nationalWords(picked);
        const back = words === undefined ? [] : pickedByWords(words).ids;
        expect(back).toEqual(picked);
      }),
    );
  });
});

describe('pickedByWords', () => {
  it('reports words the catalog does not know', () => {
    expect(pickedByWords(['major', 'nope', '-zzz']).unknown).toEqual(['nope', 'zzz']);
  });
});
