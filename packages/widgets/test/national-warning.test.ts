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

const TAIL_VI = ' Xem bảng mã ở mục 4 của HUONG-DAN.md; đang bỏ qua danh mục quốc gia.';
const TAIL_EN = ' See the id table in the README; leaving the national catalog out.';
const NOT_VI = 'không phải mã ngày hay mã nhóm của danh mục quốc gia';
const NOT_EN = 'is not a catalog or group id';

describe('national="…" with an id the catalog does not have', () => {
  const cases: [title: string, value: string, vi: string, en: string][] = [
    [
      'words of a day’s name ("bac-ho-ra-đi"): the id it meant',
      'bac-ho-ra-đi',
      `"bac-ho-ra-đi" ${NOT_VI}; có phải bạn muốn viết "radi" thay cho "bac-ho-ra-đi"?`,
      `"bac-ho-ra-đi" ${NOT_EN}; did you mean "radi" for "bac-ho-ra-đi"?`,
    ],
    [
      'a spelling slip among good ids ("major tranphuu"): the library’s suggestion, in Vietnamese too',
      'major tranphuu',
      `"tranphuu" ${NOT_VI} (có phải bạn muốn viết "tranphu"?).`,
      `"tranphuu" ${NOT_EN} (did you mean "tranphu"?).`,
    ],
    [
      'two unknown ids, nothing close to either: both named, one sentence each',
      'xyzxyz -qwqwqw',
      `"xyzxyz" ${NOT_VI}; "qwqwqw" ${NOT_VI}.`,
      `"xyzxyz" ${NOT_EN}; "qwqwqw" ${NOT_EN}.`,
    ],
  ];
  for (const [title, value, vi, en] of cases) {
    it(`${title}, each line in its own language`, async () => {
      const lines = await warningFor(value);
      expect(lines.vi).toBe(`<vnp-anniversary-banner> national="${value}": ${vi}${TAIL_VI}`);
      expect(lines.vi).not.toMatch(ENGLISH);
      expect(lines.en).toBe(`(English) national="${value}": ${en}${TAIL_EN}`);
    });
  }
});
