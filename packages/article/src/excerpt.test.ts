import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../test/arbitraries.js';
import { seedHtml, seedMeta } from '../test/seed.js';
import { articleFromHtml, excerpt } from './index.js';

const seed = articleFromHtml(seedHtml, seedMeta);

describe('excerpt', () => {
  it('cuts the seed body on a word boundary and adds "…"', () => {
    expect(excerpt(seed, 80)).toBe('Công tác phát triển đảng viên là một nhiệm vụ rất quan trọng, thường xuyên…');
  });

  it('leaves photo captions out of the teaser', () => {
    const body = [
      { type: 'image' as const, image: { src: '/a.jpg', alt: '', caption: 'Chú thích ảnh' } },
      { type: 'paragraph' as const, content: [{ text: 'Đoạn đầu.' }] },
    ];
    expect(excerpt({ body }, 100)).toBe('Đoạn đầu.');
  });

  it('drops a trailing comma before the ellipsis', () => {
    expect(excerpt('Một là, hai là, ba là', 9)).toBe('Một là…');
  });

  it('prefers the lead when there is one', () => {
    expect(excerpt({ ...seed, lead: 'Sáu tháng đầu năm, kết nạp 227 đảng viên.' }, 200)).toBe(
      'Sáu tháng đầu năm, kết nạp 227 đảng viên.',
    );
  });

  it('returns text that fits whole, without an ellipsis', () => {
    expect(excerpt('Hôm nay', 7)).toBe('Hôm nay');
  });

  it('cuts a single over-long word rather than returning nothing', () => {
    expect(excerpt('abcdefghij', 5)).toBe('abcd…');
  });

  it('refuses a length below 1', () => {
    expect(() => excerpt(seed, 0)).toThrow('maxChars: 0 is not a whole number of characters ≥ 1');
  });

  it('never exceeds maxChars characters and never splits a word (property)', () => {
    const words = fc.array(fc.constantFrom('đảng', 'viên', 'Hoà', 'Bình', '75,6%', '😀', 'x'), { maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 120 }), (list, max) => {
        const text = list.join(' ');
        const result = excerpt(text, max);
        expect(Array.from(result).length).toBeLessThanOrEqual(max);
        const body = result.endsWith('…') ? result.slice(0, -1) : result;
        if (body.includes(' ')) for (const word of body.split(' ')) expect(list).toContain(word.replace(/,$/, ''));
      }),
    );
  });

  it('never exceeds maxChars for any text (property)', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 50 }), (text, max) => {
        expect(Array.from(excerpt(text, max)).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
