import { describe, expect, it } from 'vitest';
import { guessNationalId, nationalHint } from './national-guess.js';

const CATALOG = [
  ['radi', 'history', 'Ngày Bác Hồ ra đi tìm đường cứu nước'],
  ['bacho', 'major', 'Ngày sinh Chủ tịch Hồ Chí Minh'],
  ['gioto', 'major', 'Giỗ Tổ Hùng Vương'],
] as const;

describe('guessNationalId', () => {
  it('finds the day whose name holds the words of a made-up id, accents and đ or not', () => {
    expect(guessNationalId('bac-ho-ra-đi', CATALOG)).toBe('radi');
    expect(guessNationalId('bac-ho-ra-di', CATALOG)).toBe('radi');
    expect(guessNationalId('Bác Hồ ra đi', CATALOG)).toBe('radi');
  });

  it('finds a near spelling of an id or a group', () => {
    expect(guessNationalId('gio-to', CATALOG)).toBe('gioto');
    expect(guessNationalId('histroy', CATALOG)).toBe('history');
  });

  it('suggests nothing for an id close to no day', () => {
    expect(guessNationalId('quoc-te-thieu-nhi', CATALOG)).toBeUndefined();
    expect(guessNationalId('ra', CATALOG)).toBeUndefined();
  });
});

describe('nationalHint', () => {
  const catalog = CATALOG.map(([id, group, name]) => ({ id, group, name }));

  it('says, for each unknown word only, which id it likely meant, in Vietnamese and in English', () => {
    expect(nationalHint('major -bac-ho-ra-đi gio-to', catalog)).toEqual({
      vi: '; có phải bạn muốn viết "radi" thay cho "bac-ho-ra-đi"? có phải bạn muốn viết "gioto" thay cho "gio-to"?',
      en: '; did you mean "radi" for "bac-ho-ra-đi"? did you mean "gioto" for "gio-to"?',
    });
  });

  it('says nothing when no unknown word is close to a day', () => {
    expect(nationalHint('major quoc-te-thieu-nhi', catalog)).toBeUndefined();
  });
});
