import { describe, expect, it } from 'vitest';
import { CommemorationError, elapsedYears } from './index.js';

describe('a CommemorationError in a log', () => {
  it('is named, so String(error) and stack traces say which package refused what', () => {
    try {
      elapsedYears('1911-06-05', '2024-02-30');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CommemorationError);
      expect((error as Error).name).toBe('CommemorationError');
      expect(String(error)).toBe('CommemorationError: to: "2024-02-30" is not a day that exists');
    }
  });
});
