import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../test/arbitraries.js';
import { seedTitle } from '../test/seed.js';
import { slugify } from './index.js';
import { slugByNormalising } from './slugify.js';

describe('slugify', () => {
  it('turns the seed title into its slug', () => {
    expect(slugify(seedTitle)).toBe(
      'ket-qua-cong-tac-ket-nap-dang-vien-6-thang-dau-nam-2023-tai-dang-bo-khoi-co-quan-va-doanh-nghiep-tinh',
    );
  });

  it('gives the same slug for NFD input', () => {
    expect(slugify('Đảng bộ'.normalize('NFD'))).toBe('dang-bo');
  });

  it('drops punctuation and joins the words with single hyphens', () => {
    expect(slugify('  “Sáng mãi niềm tin theo Đảng” — 2021-2025!  ')).toBe('sang-mai-niem-tin-theo-dang-2021-2025');
  });

  it('gives an empty slug for text without letters or digits', () => {
    expect(slugify('… – !')).toBe('');
  });

  it('always gives lowercase ASCII words joined by single hyphens (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$|^$/);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => slugify(slugify(text)) === slugify(text)));
  });
});

describe('slugify one character at a time', () => {
  it('gives what the definition gives (NFD, marks out, lower case, runs of the rest as "-") (property)', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(
        ...'Đảng bộ Khối Hoà Bình ƯƠ ừ ữ 2023 – “!” İ Σ ß ﬁ Æ'.split(''),
        '\u0301',
        '\u0323',
        '\u00a0',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(anyText, vietnamese, fc.string({ unit: 'grapheme' })), (text) => {
        expect(slugify(text)).toBe(slugByNormalising(text));
      }),
      { numRuns: 3000 },
    );
  });
});
