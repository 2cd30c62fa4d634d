import { describe, expect, it } from 'vitest';
import { type Article, articleFromHtml, articleToHtml, type Block, htmlToBlocks } from '../index.js';

const meta = {
  id: '1',
  url: 'https://portal.example/tin-tuc/bai-viet.html',
  datePublished: '2023-07-03T08:00:00+07:00',
};
const from = (html: string, title = 'Bài viết'): Article => articleFromHtml(html, { title, ...meta });
const blocks = (html: string): Block[] => htmlToBlocks(html, { baseUrl: meta.url }).blocks;
const paragraphs = (html: string) =>
  blocks(html).flatMap((b) => (b.type === 'paragraph' ? [b.content.map((s) => s.text).join('')] : []));
const first = (html: string) => blocks(html)[0];

// The ordinary portal markup issue 11 found lost (20 of 58 cases): each is kept, or leaves a readable trace.
describe('what portals write is kept', () => {
  it('keeps a link written with an upper-case scheme (HTTP://)', () => {
    expect(first('<p><a href="HTTP://portal.example/a">Xem</a></p>')).toEqual({
      type: 'paragraph',
      content: [{ text: 'Xem', href: 'http://portal.example/a' }],
    });
  });

  it('keeps an image whose source has an upper-case scheme (HTTPS://)', () => {
    expect(first('<img src="HTTPS://portal.example/a.jpg" alt="Ảnh">')).toEqual({
      type: 'image',
      image: { src: 'https://portal.example/a.jpg', alt: 'Ảnh' },
    });
  });

  it('keeps a link whose href has spaces around it, as browsers trim them', () => {
    expect(first('<p><a href=" https://portal.example/a ">Xem</a></p>')).toEqual({
      type: 'paragraph',
      content: [{ text: 'Xem', href: 'https://portal.example/a' }],
    });
  });

  it('keeps the line breaks of <pre>', () => {
    expect(paragraphs('<pre>Dòng một\nDòng hai\n  Dòng ba</pre>')).toEqual(['Dòng một\nDòng hai\nDòng ba']);
  });

  it('keeps the terms and descriptions of a <dl> apart', () => {
    expect(paragraphs('<dl><dt>Thời gian</dt><dd>8 giờ</dd><dt>Địa điểm</dt><dd>Hội trường</dd></dl>')).toEqual([
      'Thời gian',
      '8 giờ',
      'Địa điểm',
      'Hội trường',
    ]);
  });

  it('keeps the summary of <details> apart from its text', () => {
    expect(paragraphs('<details><summary>Chi tiết</summary>Nội dung đầy đủ</details>')).toEqual([
      'Chi tiết',
      'Nội dung đầy đủ',
    ]);
  });

  it('keeps a list inside a table cell in that cell, one item a line', () => {
    const table = first('<table><tr><td>Nhiệm vụ</td><td><ul><li>Một</li><li>Hai</li></ul></td></tr></table>');
    expect(table).toEqual({
      type: 'table',
      rows: [[{ content: [{ text: 'Nhiệm vụ' }] }, { content: [{ text: '• Một\n• Hai' }] }]],
    });
  });

  it('keeps a data table that holds one photo as a table, with the photo after it', () => {
    const read = blocks(
      '<table><tr><th>Đơn vị</th><th>Số đảng viên</th><th>Ảnh</th></tr>' +
        '<tr><td>Chi bộ 1</td><td>12</td><td><img src="/a.jpg"></td></tr>' +
        '<tr><td>Chi bộ 2</td><td>9</td><td></td></tr></table>',
    );
    expect(read.map((b) => b.type)).toEqual(['table', 'image']);
    const table = read[0] as Extract<Block, { type: 'table' }>;
    expect(table.rows.map((row) => row.map((cell) => cell.content.map((s) => s.text).join('')))).toEqual([
      ['Đơn vị', 'Số đảng viên', 'Ảnh'],
      ['Chi bộ 1', '12', ''],
      ['Chi bộ 2', '9', ''],
    ]);
  });

  it('keeps the number an ordered list starts at (ol start)', () => {
    const list = first('<ol start="3"><li>Ba</li><li>Bốn</li></ol>');
    expect(list).toEqual({ type: 'list', ordered: true, start: 3, items: [[{ text: 'Ba' }], [{ text: 'Bốn' }]] });
    expect(articleToHtml(from('<ol start="3"><li>Ba</li><li>Bốn</li></ol><p>Hết.</p>'))).toContain(
      '<ol start="3"><li>Ba</li><li>Bốn</li></ol>',
    );
  });

  it('keeps an item that renumbers the list (li value) at its number', () => {
    expect(blocks('<ol><li>Một</li><li value="5">Năm</li><li>Sáu</li></ol>')).toEqual([
      { type: 'list', ordered: true, items: [[{ text: 'Một' }]] },
      { type: 'list', ordered: true, start: 5, items: [[{ text: 'Năm' }], [{ text: 'Sáu' }]] },
    ]);
  });

  it.each([
    ['font-weight: bold', 'bold'],
    ['font-weight:700', 'bold'],
    ['font-style: italic', 'italic'],
    ['text-decoration: underline', 'underline'],
  ])('keeps a span styled "%s" as %s', (style, mark) => {
    expect(first(`<p>Đây là <span style="${style}">điểm chính</span>.</p>`)).toEqual({
      type: 'paragraph',
      content: [{ text: 'Đây là ' }, { text: 'điểm chính', marks: [mark] }, { text: '.' }],
    });
  });

  it('keeps every mark of a span styled bold, italic and underlined at once', () => {
    const style = 'font-weight:bold;font-style:italic;text-decoration:underline';
    expect(first(`<p><span style="${style}">Ba kiểu</span></p>`)).toEqual({
      type: 'paragraph',
      content: [{ text: 'Ba kiểu', marks: ['bold', 'italic', 'underline'] }],
    });
  });

  it('does not take the whole Google Docs paste for bold (b style="font-weight:normal")', () => {
    expect(first('<b style="font-weight:normal"><p>Văn bản thường</p></b>')).toEqual({
      type: 'paragraph',
      content: [{ text: 'Văn bản thường' }],
    });
  });

  it('keeps the link around an image, and prints it', () => {
    const html = '<p><a href="/anh-lon.jpg"><img src="/anh.jpg" alt="Hội nghị"></a></p><p>Nội dung bài.</p>';
    const article = from(html);
    expect(article.body[0]).toEqual({
      type: 'image',
      image: { src: 'https://portal.example/anh.jpg', alt: 'Hội nghị', href: 'https://portal.example/anh-lon.jpg' },
    });
    expect(articleToHtml(article)).toContain(
      '<figure><a href="https://portal.example/anh-lon.jpg"><img src="https://portal.example/anh.jpg" alt="Hội nghị" loading="lazy"></a></figure>',
    );
  });

  it('keeps the quotation marks of <q>', () => {
    expect(paragraphs('<p>Đồng chí nói: <q>Đoàn kết là sức mạnh</q>.</p>')).toEqual([
      'Đồng chí nói: “Đoàn kết là sức mạnh”.',
    ]);
  });

  it('takes the widest source of an image that has only a srcset', () => {
    expect(first('<img srcset="/a-480.jpg 480w, /a-1024.jpg 1024w, /a-800.jpg 800w" alt="">')).toEqual({
      type: 'image',
      image: { src: 'https://portal.example/a-1024.jpg', alt: '' },
    });
  });

  it('leaves a readable link where a video iframe was', () => {
    const html = '<iframe src="https://www.youtube.com/embed/abcDEF12345" title="Lễ kết nạp đảng viên"></iframe>';
    expect(first(html)).toEqual({
      type: 'paragraph',
      content: [
        { text: 'Video: ' },
        { text: 'Lễ kết nạp đảng viên', href: 'https://www.youtube.com/watch?v=abcDEF12345' },
      ],
    });
  });

  it('leaves a readable link where a <video> was', () => {
    expect(first('<video controls><source src="/video/hoi-nghi.mp4" type="video/mp4"></video>')).toEqual({
      type: 'paragraph',
      content: [
        { text: 'Video: ' },
        { text: '/video/hoi-nghi.mp4', href: 'https://portal.example/video/hoi-nghi.mp4' },
      ],
    });
  });

  it('leaves nothing of a video iframe whose source is not http(s)', () => {
    expect(blocks('<iframe src="javascript:alert(1)"></iframe><p>Sau.</p>')).toEqual([
      { type: 'paragraph', content: [{ text: 'Sau.' }] },
    ]);
  });

  it('does not take a bold numbered subheading after a photo for its caption', () => {
    const read = blocks('<p><img src="/a.jpg"></p><p><strong>1. Kết quả đạt được</strong></p><p>Trong 6 tháng…</p>');
    expect(read.map((b) => b.type)).toEqual(['image', 'paragraph', 'paragraph']);
    expect(read[0]).toEqual({ type: 'image', image: { src: 'https://portal.example/a.jpg', alt: '' } });
  });

  it.each([
    ['Khmer', 'ព័ត៌មានថ្មី'],
    ['Lao', 'ຂ່າວໃໝ່'],
    ['Chinese', '新闻'],
    ['emoji', '🎉🎉'],
    ['a lone "<"', '<'],
  ])('gives a title in %s a fallback slug instead of failing', (_script, title) => {
    expect(from('<p>Nội dung.</p>', title).slug).toBe('bai-viet-1');
  });
});
