import { describe, expect, it } from 'vitest';
import { describeProblem } from './messages.js';
import { LIMITS, readJsonQuickly, readList } from './read-json.js';
import { recoverJson } from './recover-json.js';

const BAC_HO = { id: 'radi', name: 'Ngày Bác Hồ ra đi tìm đường cứu nước', date: '1911-06-05' };
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('readList', () => {
  it('keeps an entry whose optional field has a typo, leaving only that field out', () => {
    const { list, problems } = readList([{ ...BAC_HO, pined: true }], 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list).toEqual([{ ...BAC_HO, calendar: 'solar' }]);
    expect(warnings.map((w) => w.en)).toEqual([
      expect.stringMatching(/^src="x.json" \[0\]: pined: is not a field.*still shows without pined/),
    ]);
  });

  it('drops only the entry with a bad required field, naming it', () => {
    const { list, problems } = readList([{ id: 'z', name: 'sai', date: '1911-6-5' }, BAC_HO], 'x.json');
    const warnings = problems.map(describeProblem);
    expect(ids(list)).toEqual(['radi']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.vi).toContain('[0]: date: "1911-6-5"');
  });

  it("says an entry's problems in Vietnamese in the Vietnamese sentence, path and value kept", () => {
    const vi = (entry: Record<string, unknown>) =>
      readList([entry], 'x.json').problems.map((problem) => describeProblem(problem).vi);
    expect(vi({ ...BAC_HO, pined: true })).toEqual([
      expect.stringMatching(
        /^src="x.json" \[0\]: pined: không phải trường dữ liệu \(id, name, date, .*\)\. Mục vẫn hiển thị/,
      ),
    ]);
    expect(vi({ ...BAC_HO, date: '2023-02-29' })).toEqual([
      'src="x.json" [0]: date: "2023-02-29" không phải ngày có thật. Sửa trường date; mục này chưa được hiển thị.',
    ]);
    expect(vi({ ...BAC_HO, calendar: 'Lunar' })[0]).toContain('calendar: "Lunar" không phải "solar" hay "lunar".');
    expect(vi({ ...BAC_HO, date: '1911-6-5' })[0]).toContain('không đúng dạng YYYY-MM-DD, YYYY-MM hay --MM-DD');
    // Several problems: each said, joined by "; ", with no English count line.
    const several = vi({ pinned: 'có' })[0]!;
    expect(several).toMatch(
      /^src="x.json" \[0\]: id bị thiếu; name bị thiếu; date bị thiếu; pinned: "có" không phải true hay false\. /,
    );
    expect(several).not.toMatch(/problems|is missing|is not/);
  });

  it('is not fooled by enumerable keys on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.extend = () => {};
    try {
      const { list, problems } = readList(JSON.parse(JSON.stringify([BAC_HO])), 'x.json');
      const warnings = problems.map(describeProblem);
      expect(ids(list)).toEqual(['radi']);
      expect(warnings).toEqual([]);
    } finally {
      delete proto.extend;
    }
  });

  it('keeps the first of two entries with the same id, with a warning', () => {
    const { list, problems } = readList([BAC_HO, { ...BAC_HO, name: 'again' }], 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list.map((c) => c.name)).toEqual([BAC_HO.name]);
    expect(warnings[0]!.en).toContain('id "radi" repeats entry [0]');
  });

  it('reads the first entries of a list over the limit, saying how many it left', () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...BAC_HO, id: `e${i}` }));
    const { list, problems } = readList(many, 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list).toHaveLength(LIMITS.entries);
    expect(warnings.map((w) => w.en)).toEqual([expect.stringContaining('1500 entries, over the limit of 1000')]);
  });

  it('cuts a very long name at the limit', () => {
    const { list, problems } = readList([{ ...BAC_HO, name: 'a'.repeat(1_000_000) }], 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list[0]!.name).toHaveLength(LIMITS.nameLength);
    expect(warnings).toHaveLength(1);
  });

  it('reads a shared file with a mourning period', () => {
    const mourning = { from: '2024-07-20', to: '2024-07-21', message: 'Quốc tang' };
    expect(readList({ commemorations: [BAC_HO], mourning }, 'x.json')).toMatchObject({ mourning, problems: [] });
  });
});

describe('reading JSON text', () => {
  it('parses valid JSON quickly and hands anything else to the recovering reader', () => {
    expect(ids(readJsonQuickly(JSON.stringify([BAC_HO]), 'w')!.list)).toEqual(['radi']);
    expect(readJsonQuickly('[1,]', 'w')).toBeUndefined();
  });

  it('says the line and column of a trailing comma and still shows the entries before it', () => {
    const text = `[\n  ${JSON.stringify(BAC_HO)},\n]`;
    const { list, problems } = recoverJson(text, 'x.json');
    const warnings = problems.map(describeProblem);
    expect(ids(list)).toEqual(['radi']);
    expect(warnings.map((w) => w.en)).toEqual([
      expect.stringMatching(/^src="x.json": JSON syntax error at line 3, column 1 .*Showing the 1 entry/),
    ]);
    expect(warnings[0]!.vi).toMatch(/^src="x.json": JSON sai cú pháp ở dòng 3, cột 1/);
  });

  it('reads only the first entries of a 100,000-entry text', () => {
    const text = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ ...BAC_HO, id: `e${i}` })));
    const { list, problems } = recoverJson(text, 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list).toHaveLength(LIMITS.entries);
    expect(warnings.map((w) => w.en)).toEqual([
      expect.stringContaining('over the limit of 1000; reading the first 1000'),
    ]);
  });

  /** What `fetchText` hands over for a long `src`: the first pieces, a little past the limit. */
  const asFetched = (text: string) => text.slice(0, LIMITS.jsonLength + 65_536);

  it('says a src longer than the limit with fewer than 1,000 entries is too long, showing the entries before the limit', () => {
    // 400 entries, then a name pasted from a 2 MB document: the file is cut inside that name.
    const small = Array.from({ length: 400 }, (_, i) => ({ ...BAC_HO, id: `e${i}` }));
    const text = asFetched(JSON.stringify([...small, { ...BAC_HO, id: 'huge', name: 'x'.repeat(2_000_000) }]));
    const { list, problems } = recoverJson(text, 'x.json');
    const warnings = problems.map(describeProblem);
    expect(list).toHaveLength(400);
    expect(warnings.map((w) => w.vi)).toEqual([
      'src="x.json": dài quá giới hạn 1500000 ký tự; chỉ đọc 1500000 ký tự đầu, hiện 400 mục trọn vẹn trong đó.',
    ]);
    expect(warnings[0]!.en).toBe(
      'src="x.json": longer than the limit of 1500000 characters; reading the first 1500000, showing the 400 whole entries in them.',
    );
  });

  it('says so for a shared file { commemorations, mourning } too, keeping its mourning period', () => {
    const mourning = { from: '2024-07-20', to: '2024-07-21', message: 'Quốc tang' };
    const entries = [BAC_HO, { ...BAC_HO, id: 'huge', name: 'y'.repeat(1_600_000) }];
    const {
      list,
      mourning: read,
      problems,
    } = recoverJson(JSON.stringify({ mourning, commemorations: entries }), undefined);
    expect([ids(list), read]).toEqual([['radi'], mourning]);
    expect(problems.map(describeProblem).map((w) => w.en)).toEqual([
      'the inline <script type="application/json">: longer than the limit of 1500000 characters; reading the first 1500000, showing the 1 whole entry in them.',
    ]);
  });

  it('still says a syntax error before the limit, once, beside the length', () => {
    const text = asFetched(
      `[${JSON.stringify(BAC_HO)},, ${JSON.stringify({ ...BAC_HO, id: 'z', name: 'z'.repeat(2e6) })}]`,
    );
    const codes = recoverJson(text, 'x.json').problems.map((p) => p.code);
    expect(codes).toEqual(['json-too-long', 'json-syntax']);
  });
});
