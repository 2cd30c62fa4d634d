import { describe, expect, it } from 'vitest';
import { chromiumAndSite, openHtml, plainPage } from './pages.ts';

// The unknown-national-id warning, as a webmaster reads it in Chromium's console: the Vietnamese line wholly
// in Vietnamese (it used to quote the anniversary library's English sentence), the English line in English.
const env = chromiumAndSite();
const SITE = '<script type="application/json">[{ "id": "k", "name": "thành lập Khối", "date": "2019-07-17" }]</script>';
/** English words of the library's sentences, which the Vietnamese line must not hold. */
const ENGLISH = /is not|catalog|group id|did you mean|\bSee\b/;

/** The one warning a banner with `national="<value>"` logs, as its Vietnamese and English lines. */
async function warningFor(value: string): Promise<{ vi: string; en: string }> {
  const banner = `<vnp-anniversary-banner national="${value}" date="2024-07-17">${SITE}</vnp-anniversary-banner>`;
  const { page, warnings, errors } = await openHtml(env.browser, env.site, plainPage(banner));
  // The site's own entry still shows: only the catalog is left out.
  await expect
    .poll(() => page.locator('vnp-anniversary-banner [part=text]').first().textContent())
    .toContain('thành lập Khối');
  await page.waitForLoadState('networkidle');
  await expect.poll(() => warnings.length).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
  const [vi, en, ...rest] = warnings[0]!.split('\n');
  expect(rest).toEqual([]);
  return { vi: vi!, en: en! };
}

describe('national="…" with an id the catalog does not have', () => {
  it('words of a day\'s name ("bac-ho-ra-đi"): the id it meant, each line in its own language', async () => {
    const { vi, en } = await warningFor('bac-ho-ra-đi');
    expect(vi).toBe(
      '<vnp-anniversary-banner> national="bac-ho-ra-đi": "bac-ho-ra-đi" không phải mã ngày hay mã nhóm của danh mục quốc gia; có phải bạn muốn viết "radi" thay cho "bac-ho-ra-đi"? Xem bảng mã ở mục 4 của HUONG-DAN.md; đang bỏ qua danh mục quốc gia.',
    );
    expect(vi).not.toMatch(ENGLISH);
    expect(en).toBe(
      '(English) national="bac-ho-ra-đi": "bac-ho-ra-đi" is not a catalog or group id; did you mean "radi" for "bac-ho-ra-đi"? See the id table in the README; leaving the national catalog out.',
    );
  });

  it('a spelling slip among good ids ("major tranphuu"): the library\'s suggestion, in Vietnamese too', async () => {
    const { vi, en } = await warningFor('major tranphuu');
    expect(vi).toBe(
      '<vnp-anniversary-banner> national="major tranphuu": "tranphuu" không phải mã ngày hay mã nhóm của danh mục quốc gia (có phải bạn muốn viết "tranphu"?). Xem bảng mã ở mục 4 của HUONG-DAN.md; đang bỏ qua danh mục quốc gia.',
    );
    expect(vi).not.toMatch(ENGLISH);
    expect(en).toBe(
      '(English) national="major tranphuu": "tranphuu" is not a catalog or group id (did you mean "tranphu"?). See the id table in the README; leaving the national catalog out.',
    );
  });

  it('two unknown ids, nothing close to either: both named, one sentence each, in each language', async () => {
    const { vi, en } = await warningFor('xyzxyz -qwqwqw');
    expect(vi).toBe(
      '<vnp-anniversary-banner> national="xyzxyz -qwqwqw": "xyzxyz" không phải mã ngày hay mã nhóm của danh mục quốc gia; "qwqwqw" không phải mã ngày hay mã nhóm của danh mục quốc gia. Xem bảng mã ở mục 4 của HUONG-DAN.md; đang bỏ qua danh mục quốc gia.',
    );
    expect(vi).not.toMatch(ENGLISH);
    expect(en).toBe(
      '(English) national="xyzxyz -qwqwqw": "xyzxyz" is not a catalog or group id; "qwqwqw" is not a catalog or group id. See the id table in the README; leaving the national catalog out.',
    );
  });
});
