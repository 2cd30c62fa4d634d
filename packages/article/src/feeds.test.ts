import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { seedCaptions, seedHtml, seedMeta, seedSite, seedTitle } from '../test/seed.js';
import { type Article, articleFromHtml, parseArticle, toAtom, toJsonFeed, toRss } from './index.js';

const seed = articleFromHtml(seedHtml, seedMeta);
const second: Article = parseArticle({
  id: '2',
  url: 'https://dangbokhoi.ninhbinh.gov.vn/tin-tuc/hoi-nghi.html',
  slug: 'hoi-nghi',
  title: 'Hội nghị <sơ kết> & “triển khai” nhiệm vụ',
  lead: 'Sáng 10/7, Đảng ủy Khối tổ chức hội nghị.',
  body: [{ type: 'paragraph', content: [{ text: 'Nội dung ]]> có ký tự lạ.' }] }],
  datePublished: '2023-07-10T01:30:00Z',
  dateModified: '2023-07-11T09:00:00+07:00',
  authors: [{ name: 'Minh Anh', url: 'https://dangbokhoi.ninhbinh.gov.vn/tac-gia/minh-anh' }, { name: 'Thu Trang' }],
  tags: ['hội nghị'],
});
const articles = [seed, second];
const feedUrl = 'https://dangbokhoi.ninhbinh.gov.vn/feed.xml';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function wellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('toRss', () => {
  const xml = toRss(articles, seedSite, { feedUrl });
  const rss = wellFormed(xml).rss;

  it('is well-formed RSS 2.0 with the dc and content namespaces', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss.channel.title).toBe(seedSite.name);
    expect(rss.channel['atom:link']['@href']).toBe(feedUrl);
  });

  it('lists items newest first, with RFC 822 dates in +0700', () => {
    expect(rss.channel.item.map((item: { pubDate: string }) => item.pubDate)).toEqual([
      'Mon, 10 Jul 2023 08:30:00 +0700',
      'Mon, 03 Jul 2023 08:00:00 +0700',
    ]);
    expect(rss.channel.lastBuildDate).toBe('Tue, 11 Jul 2023 09:00:00 +0700');
  });

  it('puts each byline in its own dc:creator', () => {
    expect(rss.channel.item[0]['dc:creator']).toEqual(['Minh Anh', 'Thu Trang']);
    expect(rss.channel.item[1]['dc:creator']).toBe('Ngọc Hà');
  });

  it('escapes titles and keeps the seed captions in the full content', () => {
    expect(rss.channel.item[0].title).toBe('Hội nghị <sơ kết> & “triển khai” nhiệm vụ');
    expect(xml).toContain('<title>Hội nghị &lt;sơ kết&gt; &amp; “triển khai” nhiệm vụ</title>');
    expect(rss.channel.item[1].title).toBe(seedTitle);
    expect(rss.channel.item[1]['content:encoded']).toContain(seedCaptions[1]);
    expect(rss.channel.item[1].guid['#text']).toBe(seedMeta.url);
  });

  it('names the article and field of a bad input', () => {
    expect(() => toRss([seed, { ...second, datePublished: 'hôm qua' }], seedSite)).toThrow(
      'articles[1].datePublished: "hôm qua" is not a date with a time-zone offset',
    );
  });

  it('stays well-formed for an empty list and for text full of XML specials', () => {
    wellFormed(toRss([], seedSite));
    for (const text of ['<![CDATA[', ']]>', '&amp;', '"\'<>&', '\u2028\ufeff', '😀\u00a0', '\t\n']) {
      wellFormed(toRss([{ ...seed, title: `a${text}` }], { ...seedSite, name: `b${text}` }));
      wellFormed(toAtom([{ ...seed, title: `a${text}` }], { ...seedSite, name: `b${text}` }));
    }
  });
});

describe('toAtom', () => {
  const feed = wellFormed(toAtom(articles, seedSite, { feedUrl })).feed;

  it('is a well-formed RFC 4287 feed with id, title, updated and the site as author', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(seedSite.url);
    expect(feed.updated).toBe('2023-07-11T09:00:00+07:00');
    expect(feed.author).toEqual({ name: seedSite.name, uri: seedSite.url });
  });

  it('gives each entry its id, dates in +07:00 and authors', () => {
    const [newest, seedEntry] = feed.entry;
    expect(newest.published).toBe('2023-07-10T08:30:00+07:00');
    expect(newest.updated).toBe('2023-07-11T09:00:00+07:00');
    expect(newest.author).toEqual([
      { name: 'Minh Anh', uri: 'https://dangbokhoi.ninhbinh.gov.vn/tac-gia/minh-anh' },
      { name: 'Thu Trang' },
    ]);
    expect(seedEntry.id).toBe(seedMeta.url);
    expect(seedEntry.author).toEqual({ name: 'Ngọc Hà' });
    expect(seedEntry.content['#text']).toContain(seedCaptions[0]);
  });
});

describe('toJsonFeed', () => {
  const feed = JSON.parse(toJsonFeed(articles, seedSite, { feedUrl }));

  it('is JSON Feed 1.1 with authors lists', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(feedUrl);
    expect(feed.icon).toBe('https://dangbokhoi.ninhbinh.gov.vn/images/logo.png');
    expect(feed.items[1].authors).toEqual([{ name: 'Ngọc Hà' }]);
    expect(feed.items[0].authors).toEqual([
      { name: 'Minh Anh', url: 'https://dangbokhoi.ninhbinh.gov.vn/tac-gia/minh-anh' },
      { name: 'Thu Trang' },
    ]);
    expect(feed.items.every((item: object) => !('author' in item))).toBe(true);
  });

  it('gives each item its dates in +07:00, summary, lead image and tags', () => {
    expect(feed.items[1]).toMatchObject({
      id: seedMeta.url,
      title: seedTitle,
      date_published: '2023-07-03T08:00:00+07:00',
      image:
        'https://dangbokhoi.ninhbinh.gov.vn/uploads/dangbokhoi/2023_07/hoi-nghi-chuyen-de-phat-trien-dang-vien.jpg',
      tags: ['Tin tức - Sự kiện', 'phát triển đảng viên', 'Đảng bộ Khối'],
      language: 'vi',
    });
    expect(feed.items[1].summary).toMatch(/^Công tác phát triển đảng viên là một nhiệm vụ rất quan trọng.*…$/);
    expect(feed.items[0].date_modified).toBe('2023-07-11T09:00:00+07:00');
  });

  it('leaves the full content out on request', () => {
    const short = JSON.parse(toJsonFeed(articles, seedSite, { fullContent: false }));
    expect(short.items[0].content_html).toBeUndefined();
    expect(short.items[0].content_text).toBe('Sáng 10/7, Đảng ủy Khối tổ chức hội nghị.');
  });
});
