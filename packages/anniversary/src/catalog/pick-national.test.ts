import { describe, expect, it } from 'vitest';
import { commemorationError } from '../../test/errors.js';
import { chooseNational } from '../core.js';
import { CommemorationError, nationalCatalog, pickNational, pickNationalFrom } from '../index.js';

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('pickNational', () => {
  it('takes the whole catalog when given no spec', () => {
    expect(pickNational()).toEqual([...nationalCatalog]);
  });

  it('takes only the days and groups named, in catalog order', () => {
    expect(ids(pickNational({ include: ['doan', 'major'] }))).toEqual([
      'tet',
      'dang',
      'gioto',
      '30-4',
      'dbp',
      'bacho',
      'cmt8',
      '2-9',
      'doan',
    ]);
  });

  it('leaves out excluded days and groups', () => {
    const picked = ids(pickNational({ exclude: ['leaders', 'tet'] }));
    expect(picked).not.toContain('tet');
    expect(picked).not.toContain('tdt');
    expect(picked).toContain('dang');
    expect(picked.length).toBe(nationalCatalog.filter((d) => d.group !== 'leaders').length - 1);
  });

  it('lets exclude remove a day that a group included', () => {
    expect(ids(pickNational({ include: ['major'], exclude: ['gioto'] }))).not.toContain('gioto');
  });

  it('names an unknown id and suggests the close one', () => {
    expect(() => pickNational({ include: ['dnag'] })).toThrow(CommemorationError);
    expect(() => pickNational({ include: ['dnag'] })).toThrow(
      commemorationError(/^include\[0\]: "dnag" is not a catalog or group id \(did you mean "dang"\?\)$/),
    );
    expect(() => pickNational({ exclude: ['leader'] })).toThrow(
      commemorationError(/exclude\[0\]: "leader" .*did you mean "leaders"/),
    );
    expect(() => pickNational({ exclude: ['zzzzzzzz'] })).toThrow(
      commemorationError(/^exclude\[0\]: "zzzzzzzz" is not a catalog or group id$/),
    );
  });

  it('names a spec that is not the expected shape', () => {
    expect(() => pickNational(null as never)).toThrow(commemorationError(/^spec: /));
    expect(() => pickNational({ include: 'tet' } as never)).toThrow(
      commemorationError(/^include: "tet" is not an array/),
    );
    expect(() => pickNational({ inclde: ['tet'] } as never)).toThrow(commemorationError(/^inclde: is not a field/));
    expect(() => pickNational({ include: [1] } as never)).toThrow(
      commemorationError(/^include\[0\]: 1 is not a catalog or group id/),
    );
  });
});

describe('pickNationalFrom and chooseNational: a catalog given explicitly', () => {
  const rows = [
    { id: 'a', group: 'major' },
    { id: 'b', group: 'leaders' },
    { id: 'c', group: 'leaders' },
  ];

  it('chooses by id and group with the same rule as pickNational, and lists unknown ids with their place', () => {
    expect(ids(chooseNational({ include: ['leaders'], exclude: ['c'] }, rows).days)).toEqual(['b']);
    expect(ids(chooseNational({}, rows).days)).toEqual(['a', 'b', 'c']);
    expect(chooseNational({ include: ['a', 'leader'], exclude: ['zz'] }, rows).unknown).toEqual([
      { key: 'include', index: 1, id: 'leader' },
      { key: 'exclude', index: 0, id: 'zz' },
    ]);
    expect(chooseNational({ include: ['history'] }, rows, ['history']).unknown).toEqual([]);
  });

  it('gives what pickNational gives for the readable catalog, errors included', () => {
    const spec = { include: ['major', 'doan'], exclude: ['gioto'] };
    expect(pickNationalFrom(nationalCatalog, spec)).toEqual(pickNational(spec));
    expect(ids(chooseNational(spec, nationalCatalog).days)).toEqual(ids(pickNational(spec)));
    expect(() => pickNationalFrom(nationalCatalog, { include: ['dnag'] })).toThrow(
      commemorationError(/^include\[0\]: "dnag" is not a catalog or group id \(did you mean "dang"\?\)$/),
    );
  });
});
