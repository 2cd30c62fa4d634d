import { describe, expect, it } from 'vitest';
import { guessNationalId } from './national-guess.js';

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
