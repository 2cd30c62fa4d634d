import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../internal/messages.js';
import { VISIT_STATS_LIMITS, visitStatsOptionsFromAttributes } from './visit-stats-options.js';

const read = (attrs: Record<string, string>, base?: string) => visitStatsOptionsFromAttributes(attrs, base);
const en = (attrs: Record<string, string>) => read(attrs).warnings.map((w) => describeProblem(w).en);
const vi = (attrs: Record<string, string>) => read(attrs).warnings.map((w) => describeProblem(w).vi);
const GOOD = { site: 'so-gd.tinh.gov.vn', endpoint: 'https://thongke.tinh.gov.vn' };

describe('visitStatsOptionsFromAttributes', () => {
  it('gives the documented defaults for a site and an endpoint, with no warning', () => {
    expect(read(GOOD)).toEqual({
      options: {
        site: 'so-gd.tinh.gov.vn',
        endpoint: 'https://thongke.tinh.gov.vn',
        count: true,
        refresh: 60,
        lang: 'vi',
      },
      warnings: [],
    });
  });

  it('says in Vietnamese first what to write when site or endpoint is missing, and then fetches nothing', () => {
    const { options } = read({});
    expect(options.site).toBeUndefined();
    expect(options.endpoint).toBeUndefined();
    expect(vi({})).toEqual([
      expect.stringMatching(/^thiếu thuộc tính site: ghi tên trang đã đăng ký .*site="so-gd\.tinh\.gov\.vn"; chưa đếm/),
      expect.stringMatching(/^thiếu thuộc tính endpoint: ghi địa chỉ http\(s\) .*; chưa đếm và chưa hiện số liệu\.$/),
    ]);
    expect(en({})).toEqual([
      expect.stringMatching(/^the site attribute is missing: give the name/),
      expect.stringMatching(/^the endpoint attribute is missing: give the http\(s\) address/),
    ]);
  });

  it('refuses a site name the service would refuse, naming the value', () => {
    for (const site of ['Sở GD', 'UPPER', '-dash', 'a/b', 'x'.repeat(65)]) {
      expect(read({ ...GOOD, site }).options.site).toBeUndefined();
      expect(en({ ...GOOD, site })).toEqual([expect.stringContaining(`site="${site}" is not valid`)]);
    }
  });

  it('reads a relative endpoint against the page and drops trailing slashes; refuses other schemes, queries and fragments', () => {
    expect(read({ ...GOOD, endpoint: '/thongke/' }, 'https://so-gd.tinh.gov.vn/tin-tuc/a.html').options.endpoint).toBe(
      'https://so-gd.tinh.gov.vn/thongke',
    );
    for (const endpoint of [
      'ftp://thongke',
      'javascript:alert(1)',
      'https://x.vn/?a=1',
      'https://x.vn/#a',
      'http://',
    ]) {
      expect(read({ ...GOOD, endpoint }).options.endpoint).toBeUndefined();
      expect(en({ ...GOOD, endpoint })).toEqual([expect.stringContaining(`endpoint="${endpoint}" is not valid`)]);
    }
  });

  it('turns counting off with no-count; no-count="false" counts, as the webmaster meant, with a warning saying how to write it', () => {
    expect(read({ ...GOOD, 'no-count': '' }).options.count).toBe(false);
    expect(read({ ...GOOD, 'no-count': 'false' }).options.count).toBe(true);
    expect(en({ ...GOOD, 'no-count': 'false' })).toEqual([
      expect.stringContaining('remove "no-count" to switch it off'),
    ]);
  });

  it('suggests the attribute a typo meant', () => {
    expect(en({ ...GOOD, endpont: 'x' })).toEqual([
      expect.stringMatching(/^unknown attribute "endpont"; did you mean "endpoint"\?/),
    ]);
    expect(vi({ ...GOOD, 'no-cout': '' })[0]).toMatch(
      /^không có thuộc tính "no-cout"; có phải bạn muốn viết "no-count"\?/,
    );
  });

  it('falls back to 60 seconds for a refresh outside 5–3600, with a warning', () => {
    for (const refresh of ['1', '4', '3601', '1e3', '-5', 'often']) {
      expect(read({ ...GOOD, refresh }).options.refresh).toBe(60);
      expect(en({ ...GOOD, refresh })).toEqual([expect.stringContaining('using the default, 60')]);
    }
    expect(read({ ...GOOD, refresh: '5' }).options.refresh).toBe(5);
  });

  it('speaks English with lang="en" or "en-GB", Vietnamese otherwise', () => {
    expect(read({ ...GOOD, lang: 'en-GB' }).options.lang).toBe('en');
    expect(read({ ...GOOD, lang: 'vi-VN' }).options.lang).toBe('vi');
    expect(read({ ...GOOD, lang: 'fr' }).options.lang).toBe('vi');
    expect(en({ ...GOOD, lang: 'fr' })).toEqual(['lang="fr" is not "vi" or "en"; using Vietnamese.']);
  });

  it('never throws and keeps refresh within its bounds, whatever the attributes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.string()),
        fc.option(fc.webUrl(), { nil: undefined }),
        (attrs, base) => {
          const { options, warnings } = read(attrs, base);
          expect(options.refresh).toBeGreaterThanOrEqual(VISIT_STATS_LIMITS.refresh.min);
          expect(options.refresh).toBeLessThanOrEqual(VISIT_STATS_LIMITS.refresh.max);
          for (const w of warnings) expect(describeProblem(w).vi.length).toBeGreaterThan(0);
          if (options.site) expect(options.site).toMatch(VISIT_STATS_LIMITS.site);
          if (options.endpoint) expect(options.endpoint).toMatch(/^https?:\/\/[^?#]*[^/]$/);
        },
      ),
    );
  });
});
