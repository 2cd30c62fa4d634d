import { describe, expect, it } from 'vitest';
import { issueOf, issuesMessage, QUOTE_MAX_CHARS, quoteValue } from './index.js';

describe('how long a quoted value may be', () => {
  it('quotes a string of exactly QUOTE_MAX_CHARS characters whole', () => {
    const value = 'đ'.repeat(QUOTE_MAX_CHARS);
    expect(quoteValue(value)).toBe(`"${value}"`);
  });

  it('cuts one character more to QUOTE_MAX_CHARS - 1 characters and an ellipsis, and gives the length', () => {
    const value = `${'a'.repeat(QUOTE_MAX_CHARS - 1)}bc`;
    expect(quoteValue(value)).toBe(`"${'a'.repeat(QUOTE_MAX_CHARS - 1)}"… (${QUOTE_MAX_CHARS + 1} characters)`);
    expect(QUOTE_MAX_CHARS).toBe(80);
  });
});

describe('one issue for the value as a whole', () => {
  it('has no path prefix', () => {
    expect(issueOf('', 5, 'is not a list')).toEqual({ path: '', value: 5, message: '5 is not a list' });
  });

  it('says "the value is missing" when there is nothing', () => {
    expect(issueOf('', undefined, 'is not a list').message).toBe('the value is missing');
    expect(issueOf('[0].id', null, 'is not a string').message).toBe('[0].id: null is not a string');
  });

  it('is one indented line under the count', () => {
    expect(issuesMessage('article', [issueOf('title', '', 'is empty')])).toBe(
      'Invalid article (1 problem):\n  title: "" is empty',
    );
    expect(issuesMessage('events', [])).toBe('Invalid events (0 problems):\n');
  });
});
