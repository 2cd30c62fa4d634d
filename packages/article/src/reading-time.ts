import { argumentError, ownError } from './errors.js';
import type { Article } from './model.js';
import { blocksToTexts } from './text.js';

/**
 * Default reading rate, in Vietnamese words per minute. A Vietnamese "word" as counted here is a syllable
 * (written words are separated by spaces: "đảng viên" is two), so rates run higher than English words per
 * minute; 250 syllables a minute is a steady silent-reading pace for news prose, and rounds up for short texts.
 */
export const DEFAULT_WORDS_PER_MINUTE = 250;

export interface ReadingTimeOptions {
  /** Words (Vietnamese syllables) read per minute. Default `DEFAULT_WORDS_PER_MINUTE` (250). */
  wordsPerMinute?: number;
}

export interface ReadingTime {
  /** Whole minutes, rounded up, at least 1. */
  minutes: number;
  /** Words counted: title, lead, body text and captions. */
  words: number;
}

/**
 * How long the article takes to read: `readingTime(article)` → `{ minutes: 7, words: 1630 }`.
 * @throws ArticleError when `article` is not an object or `wordsPerMinute` is not a positive number.
 */
export function readingTime(
  article: Pick<Article, 'title' | 'lead' | 'body'>,
  options: ReadingTimeOptions = {},
): ReadingTime {
  try {
    const given: unknown = article;
    if (given === null || typeof given !== 'object') throw argumentError('article', given, 'is not an article');
    if (options === null || typeof options !== 'object') throw argumentError('options', options, 'is not an object');
    const rate = options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
      throw argumentError('wordsPerMinute', rate, 'is not a positive number');
    }
    const texts = [article.title, article.lead, ...blocksToTexts(article.body)].filter((t) => typeof t === 'string');
    const words = texts.reduce((sum, text) => sum + countWords(text), 0);
    return { minutes: Math.max(1, Math.ceil(words / rate)), words };
  } catch (error) {
    throw ownError(error, { article, options });
  }
}

/** Space-separated tokens holding a letter or digit: punctuation alone ("-", "…") is not a word. */
export function countWords(text: string): number {
  try {
    if (typeof text !== 'string') throw argumentError('text', text, 'is not a string');
    return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  } catch (error) {
    throw ownError(error, { text });
  }
}
