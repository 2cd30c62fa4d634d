import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { CommemorationError, parseCommemorations } from './index.js';

function problems(input: unknown) {
  try {
    parseCommemorations(input);
  } catch (error) {
    if (error instanceof CommemorationError) return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error('expected a CommemorationError');
}

describe('text in a commemoration list', () => {
  it('keeps a zero-width no-break space inside a name; only a leading byte-order mark is dropped', () => {
    const json = '\uFEFF[{"id":"a","name":"Ngày\uFEFFhội","date":"1911-06-05"}]';
    expect(parseCommemorations(json)[0]?.name).toBe('Ngày\uFEFFhội');
  });

  it('refuses a name of spaces only, as it would print nothing', () => {
    expect(problems([{ id: 'a', name: '   ', date: '1911-06-05' }])).toEqual([
      { path: '[0].name', message: '[0].name: "   " is not a non-empty string' },
    ]);
  });

  it('reports JSON that does not parse as a problem of the whole input, with no field path', () => {
    const [issue] = problems('[{"id":');
    expect(issue?.path).toBe('');
    expect(() => parseCommemorations('[{"id":')).toThrow(commemorationError(/^not valid JSON \(/));
  });
});

describe('one problem per field', () => {
  it('reports a date that is not a string once', () => {
    expect(problems([{ id: 'a', name: 'a', date: 19110605 }])).toEqual([
      { path: '[0].date', message: '[0].date: 19110605 is not a non-empty string' },
    ]);
  });

  it('puts a lunar date the lunar calendar lacks under its entry’s date', () => {
    const [issue] = problems([{ id: 'a', name: 'a', date: '2024-12-30', calendar: 'lunar' }]);
    expect(issue?.path).toBe('[0].date');
  });
});
