import { describe, expect, it } from 'vitest';
import { describeProblem } from './messages.js';

describe('describeProblem: sentences a webmaster reads', () => {
  it('counts entries and problems in English as "1 entry", "2 entries"', () => {
    const syntax = (shown: number) =>
      describeProblem({ code: 'json-syntax', line: 1, column: 92, error: 'ValueExpected', shown }).en;
    expect(syntax(1)).toContain('Showing the 1 entry that could be read;');
    expect(syntax(3)).toContain('Showing the 3 entries that could be read;');
    expect(syntax(0)).toContain('Showing the 0 entries that could be read;');
    expect(describeProblem({ code: 'more-problems', more: 1 }).en).toMatch(/: 1 more problem in this list\.$/);
    expect(describeProblem({ code: 'more-problems', more: 4 }).en).toMatch(/: 4 more problems in this list\.$/);
    const tooLong = describeProblem({ code: 'json-too-long', limit: 1_500_000, shown: 1 }).en;
    expect(tooLong).toContain('showing the 1 whole entry in them.');
  });
});
