import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../test/arbitraries.js';
import { searchKey } from './index.js';

describe('searchKey', () => {
  it('matches old and new tone placement', () => {
    expect(searchKey('hoà')).toBe(searchKey('hòa'));
    expect(searchKey('thuý')).toBe(searchKey('thúy'));
    expect(searchKey('Khoẻ')).toBe(searchKey('khỏe'));
  });

  it('matches unaccented typing, NFD input and "đ"', () => {
    expect(searchKey('Đảng bộ Hoà Bình')).toBe('dang bo hoa binh');
    expect(searchKey('Đảng bộ Hoà Bình'.normalize('NFD'))).toBe('dang bo hoa binh');
  });

  it('turns punctuation into single spaces', () => {
    expect(searchKey('  “Sáng mãi niềm tin theo Đảng”,  2021-2025 ')).toBe('sang mai niem tin theo dang 2021 2025');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(searchKey(searchKey(text))).toBe(searchKey(text));
      }),
    );
  });

  it('gives the same key for NFC and NFD forms (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(searchKey(text.normalize('NFD'))).toBe(searchKey(text.normalize('NFC')));
      }),
    );
  });
});
