import { describe, expect, it } from 'vitest';
import { seedHtml, seedMeta } from '../test/seed.js';
import { articleFromHtml, countWords, DEFAULT_WORDS_PER_MINUTE, readingTime } from './index.js';

const seed = articleFromHtml(seedHtml, seedMeta);

describe('readingTime', () => {
  it('counts Vietnamese syllables as words', () => {
    expect(countWords('Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh')).toBe(9);
  });

  it('does not count punctuation standing alone', () => {
    expect(countWords('chính trị - xã hội …')).toBe(4);
  });

  it('gives the seed article (1963 words with title and captions) 8 minutes at the default 250 a minute', () => {
    expect(DEFAULT_WORDS_PER_MINUTE).toBe(250);
    expect(readingTime(seed)).toEqual({ minutes: 8, words: 1963 });
  });

  it('takes the rate as a setting', () => {
    expect(readingTime(seed, { wordsPerMinute: 100 })).toEqual({ minutes: 20, words: 1963 });
  });

  it('says at least one minute for a very short article', () => {
    expect(readingTime({ title: 'Tin ngắn', body: [] })).toEqual({ minutes: 1, words: 2 });
  });

  it('refuses a rate that is not a positive number', () => {
    expect(() => readingTime(seed, { wordsPerMinute: 0 })).toThrow('wordsPerMinute: 0 is not a positive number');
  });
});
