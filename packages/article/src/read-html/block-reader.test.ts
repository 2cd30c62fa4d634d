import { describe, expect, it } from 'vitest';
import { from, long, meta } from '../../test/read-html.js';
import { articleFromHtml, htmlToBlocks } from '../index.js';

describe('articleFromHtml structure', () => {
  it('takes a leading <h1> as the title when the meta has none, and later headings as headings', () => {
    const article = articleFromHtml(`<h1>Tiêu đề bài</h1><h2>Phần một</h2><p>${long}</p><h1>Phần hai</h1>`, meta);
    expect(article.title).toBe('Tiêu đề bài');
    expect(article.slug).toBe('tieu-de-bai');
    expect(article.body.filter((b) => b.type === 'heading')).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Phần một' }] },
      { type: 'heading', level: 2, content: [{ text: 'Phần hai' }] },
    ]);
  });

  it('drops a leading <h1> that repeats the meta title, whatever its accents', () => {
    const article = from(`<h1>Bài  viết</h1><p>${long}</p>`, { title: 'Bài viết' });
    expect(article.body.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('keeps a leading <h1> that differs from the meta title, as a heading', () => {
    const article = from(`<h1>Phần mở đầu</h1><p>${long}</p>`, { title: 'Bài viết' });
    expect(article.body[0]).toEqual({ type: 'heading', level: 2, content: [{ text: 'Phần mở đầu' }] });
  });

  it('reads lists, flattening nested ones, and quotes', () => {
    const { blocks } = htmlToBlocks(
      '<ol><li>Một</li><li>Hai<ul><li>Hai a</li></ul></li></ol><blockquote><p>Câu trích.</p><p>Câu hai.</p></blockquote>',
    );
    expect(blocks).toEqual([
      { type: 'list', ordered: true, items: [[{ text: 'Một' }], [{ text: 'Hai' }], [{ text: 'Hai a' }]] },
      { type: 'quote', paragraphs: [[{ text: 'Câu trích.' }], [{ text: 'Câu hai.' }]] },
    ]);
  });

  it('reads a data table with header cells and a caption', () => {
    const { blocks } = htmlToBlocks(
      '<table><caption>Kết quả</caption><tr><th>Đơn vị</th><th>Số</th></tr><tr><td>Trường Đại học Hoa Lư</td><td>41</td></tr></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        caption: 'Kết quả',
        rows: [
          [
            { content: [{ text: 'Đơn vị' }], header: true },
            { content: [{ text: 'Số' }], header: true },
          ],
          [{ content: [{ text: 'Trường Đại học Hoa Lư' }] }, { content: [{ text: '41' }] }],
        ],
      },
    ]);
  });

  it('takes an opening bold paragraph as the lead (sapo) when the meta has none', () => {
    const article = from(`<p><strong>Sáu tháng đầu năm, kết nạp 227 đảng viên.</strong></p><p>${long}</p>`);
    expect(article.lead).toBe('Sáu tháng đầu năm, kết nạp 227 đảng viên.');
    expect(article.body).toHaveLength(1);
  });

  it('takes an opening paragraph classed "sapo" as the lead, after a leading <h1> title', () => {
    const article = articleFromHtml(`<h1>Tiêu đề</h1><div class="sapo">Tóm tắt bài.</div><p>${long}</p>`, meta);
    expect(article).toMatchObject({ title: 'Tiêu đề', lead: 'Tóm tắt bài.' });
    expect(article.body).toHaveLength(1);
  });

  it('keeps an opening bold paragraph in the body when the meta gives the lead', () => {
    const article = from(`<p><b>Đoạn in đậm.</b></p><p>${long}</p>`, { lead: 'Sapo riêng.' });
    expect(article.lead).toBe('Sapo riêng.');
    expect(article.body).toHaveLength(2);
  });

  it('does not take a lead from a plain opening paragraph', () => {
    expect(from(`<p>${long}</p><p>${long}</p>`).lead).toBeUndefined();
  });

  it('keeps merged cells of a statistics table', () => {
    const { blocks } = htmlToBlocks(
      '<table><tr><th colspan="2">Kết nạp</th></tr><tr><td rowspan="2">Khối</td><td>227</td></tr><tr><td>110</td></tr></table>',
    );
    expect(blocks[0]).toMatchObject({
      rows: [
        [{ content: [{ text: 'Kết nạp' }], header: true, colSpan: 2 }],
        [{ content: [{ text: 'Khối' }], rowSpan: 2 }, { content: [{ text: '227' }] }],
        [{ content: [{ text: '110' }] }],
      ],
    });
  });

  it('keeps marks, links and line breaks as spans, merged where they agree', () => {
    const { blocks } = htmlToBlocks('<p>Xem <a href="/lien-ket"><b>tại</b> <b>đây</b></a><br>dòng <i>hai</i></p>', {
      baseUrl: 'https://portal.example/',
    });
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Xem ' },
          { text: 'tại', marks: ['bold'], href: 'https://portal.example/lien-ket' },
          { text: ' ', href: 'https://portal.example/lien-ket' },
          { text: 'đây', marks: ['bold'], href: 'https://portal.example/lien-ket' },
          { text: '\ndòng ' },
          { text: 'hai', marks: ['italic'] },
        ],
      },
    ]);
  });

  it('splits a paragraph around an image inside it', () => {
    const { blocks } = htmlToBlocks(`<p>${long} <img src="https://x.example/a.jpg"> ${long}</p>`);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph']);
  });

  it('turns NFD input into NFC text', () => {
    const article = from('<p>Hoà bình và phát triển</p>'.normalize('NFD'));
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      content: [{ text: 'Hoà bình và phát triển'.normalize('NFC') }],
    });
  });

  it('drops empty paragraphs of &nbsp; and <br>', () => {
    expect(htmlToBlocks('<p>&nbsp;</p><p><br></p><p> <b> </b> </p>').blocks).toEqual([]);
  });

  it('rejects meta that is not a valid article, with the field path', () => {
    expect(() => articleFromHtml('<p>x</p>', { ...meta, datePublished: '03/07/2023' })).toThrow(
      'datePublished: "03/07/2023" is not a date with a time-zone offset',
    );
  });

  it('refuses HTML that is not a string', () => {
    expect(() => articleFromHtml(null as unknown as string, meta)).toThrow('html: null is not a string of HTML');
  });
});
