import { describe, expect, it } from 'vitest';
import { seedCaptions, seedHtml, seedMeta, seedSite, seedTitle } from '../test/seed.js';
import { articleFromHtml, serializeJsonLd, toJsonLd, toJsonLdScript } from './index.js';

const seed = articleFromHtml(seedHtml, { ...seedMeta, dateModified: '2023-07-03T02:15:00Z' });

describe('toJsonLd', () => {
  const ld = toJsonLd(seed, seedSite);

  it('describes the seed as a schema.org NewsArticle', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seedTitle,
      url: seedMeta.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': seedMeta.url },
      inLanguage: 'vi',
      articleSection: 'Tin tức - Sự kiện',
      keywords: 'phát triển đảng viên, Đảng bộ Khối',
    });
  });

  it('writes both dates in +07:00', () => {
    expect(ld.datePublished).toBe('2023-07-03T08:00:00+07:00');
    expect(ld.dateModified).toBe('2023-07-03T09:15:00+07:00');
  });

  it('lists the photos with their captions and absolute URLs', () => {
    expect(ld.image).toEqual([
      expect.objectContaining({
        '@type': 'ImageObject',
        url: 'https://dangbokhoi.ninhbinh.gov.vn/uploads/dangbokhoi/2023_07/hoi-nghi-chuyen-de-phat-trien-dang-vien.jpg',
        caption: seedCaptions[0],
        width: { '@type': 'QuantitativeValue', value: 700, unitCode: 'E37' },
      }),
      expect.objectContaining({ caption: seedCaptions[1] }),
    ]);
  });

  it('names the byline as a Person and the site as publisher with its logo', () => {
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Ngọc Hà' }]);
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: seedSite.name,
      url: seedSite.url,
      logo: { '@type': 'ImageObject', url: 'https://dangbokhoi.ninhbinh.gov.vn/images/logo.png' },
    });
  });

  it("prefers the article's own publisher to the site", () => {
    const own = toJsonLd(
      { ...seed, publisher: { name: 'Báo Ninh Bình', url: 'https://baoninhbinh.org.vn/' } },
      seedSite,
    );
    expect(own.publisher).toEqual({
      '@type': 'Organization',
      name: 'Báo Ninh Bình',
      url: 'https://baoninhbinh.org.vn/',
    });
  });

  it('refuses a site without a usable URL, naming the field', () => {
    expect(() => toJsonLd(seed, { name: 'Cổng', url: '/' })).toThrow('url: "/" is not an absolute http(s) URL');
  });
});

describe('toJsonLdScript', () => {
  it('cannot be closed early by text in the article', () => {
    const script = toJsonLdScript({ ...seed, title: '</script><script>alert(1)</script>' }, seedSite);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });

  it('escapes line and paragraph separators too', () => {
    expect(serializeJsonLd({ a: '\u2028\u2029&' })).toBe('{"a":"\\u2028\\u2029\\u0026"}');
  });
});
