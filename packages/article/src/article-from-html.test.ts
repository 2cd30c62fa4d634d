import { describe, expect, it } from 'vitest';
import { seedCaptions, seedHtml, seedMeta, seedTitle } from '../test/seed.js';
import { type Article, articleFromHtml, type Block, htmlToBlocks } from './index.js';

const meta = {
  id: '1',
  url: 'https://portal.example/tin-tuc/bai-viet.html',
  datePublished: '2023-07-03T08:00:00+07:00',
};
const from = (html: string, extra: Partial<typeof meta> & Record<string, unknown> = {}): Article =>
  articleFromHtml(html, { title: 'Bài viết', ...meta, ...extra });
const images = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'image' ? [b.image] : []));
const long = 'Đây là một đoạn văn dài của bài viết, kể lại diễn biến hội nghị với nhiều chi tiết. '.repeat(3).trim();

describe('articleFromHtml on the seed article', () => {
  const article = articleFromHtml(seedHtml, seedMeta);

  it('gives the same article in Node and in browsers (one stored result for every run)', async () => {
    await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(
      '../test/fixtures/seed-article.expected.snap',
    );
  });

  it('puts both photo captions on their images', () => {
    expect(images(article.body).map((image) => image.caption)).toEqual([...seedCaptions]);
  });

  it('takes "Ngọc Hà" from the last paragraph as the author and out of the body', () => {
    expect(article.authors).toEqual([{ name: 'Ngọc Hà' }]);
    const last = article.body.at(-1);
    expect(last?.type === 'paragraph' && last.content.map((s) => s.text).join('')).toMatch(/^Sáu\u00a0là, Kịp thời/);
  });

  it('keeps the eleven text paragraphs and two images, in order, with no empty paragraph', () => {
    expect(article.body.map((b) => b.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'image',
      ...Array<string>(9).fill('paragraph'),
    ]);
  });

  it('keeps the figures and bold lead-ins as written', () => {
    const text = JSON.stringify(article.body);
    expect(text).toContain('đạt 75,6% so với chỉ tiêu');
    expect(text).toContain('(chiếm 18,06%, vượt 8 đồng chí');
    expect(article.body[7]).toMatchObject({
      content: [{ text: 'Một là,', marks: ['bold'] }, { text: expect.stringMatching(/^ Tiếp tục quán triệt/) }],
    });
  });

  it('resolves image sources against the article URL and keeps their size', () => {
    expect(images(article.body)[0]).toMatchObject({
      src: 'https://dangbokhoi.ninhbinh.gov.vn/uploads/dangbokhoi/2023_07/hoi-nghi-chuyen-de-phat-trien-dang-vien.jpg',
      alt: '',
      width: 700,
      height: 466,
    });
  });

  it('derives the slug from the title', () => {
    expect(article.title).toBe(seedTitle);
    expect(article.slug).toBe(
      'ket-qua-cong-tac-ket-nap-dang-vien-6-thang-dau-nam-2023-tai-dang-bo-khoi-co-quan-va-doanh-nghiep-tinh',
    );
  });

  it('collapses a no-break space beside a space into one space, and keeps a lone one', () => {
    expect(seedHtml).toContain('trong\u00a0 doanh nghiệp');
    expect(JSON.stringify(article.body)).toContain('trong doanh nghiệp là 110 đồng chí');
    expect(JSON.stringify(article.body)).toContain('Năm\u00a0là, Định kỳ');
  });
});

describe('articleFromHtml captions', () => {
  it('takes a <figcaption> as the caption, and "(Ảnh: …)" as the credit', () => {
    const article = from(
      '<figure><img src="/a.jpg" alt="Hội nghị"><figcaption>Hội nghị chuyên đề (Ảnh: Ngọc Hà)</figcaption></figure>',
    );
    expect(article.body).toEqual([
      {
        type: 'image',
        image: {
          src: 'https://portal.example/a.jpg',
          alt: 'Hội nghị',
          caption: 'Hội nghị chuyên đề',
          credit: 'Ngọc Hà',
        },
      },
    ]);
  });

  it('takes an italic paragraph right after an image as its caption', () => {
    const article = from(`<p><img src="/a.jpg"></p><p><i>Lễ kết nạp đảng viên.</i></p><p>${long}</p>`);
    expect(images(article.body)[0]?.caption).toBe('Lễ kết nạp đảng viên.');
    expect(article.body).toHaveLength(2);
  });

  it('takes a centred paragraph (style or align) after an image as its caption', () => {
    for (const open of ['<p style="text-align:center">', '<p align="center">', '<div class="caption">']) {
      const close = open.startsWith('<div') ? '</div>' : '</p>';
      const article = from(`<img src="/a.jpg">${open}Toàn cảnh hội nghị.${close}<p>${long}</p>`);
      expect(images(article.body)[0]?.caption, open).toBe('Toàn cảnh hội nghị.');
    }
  });

  it('takes a short plain paragraph without a full stop after an image as its caption', () => {
    const article = from(`<img src="/a.jpg"><p>Toàn cảnh hội nghị</p><p>${long}</p>`);
    expect(images(article.body)[0]?.caption).toBe('Toàn cảnh hội nghị');
  });

  it('leaves a long paragraph after an image in the body', () => {
    const article = from(`<img src="/a.jpg"><p>${long}</p><p>${long}</p>`);
    expect(images(article.body)[0]?.caption).toBeUndefined();
    expect(article.body).toHaveLength(3);
  });

  it('leaves a plain sentence with a full stop after an image in the body', () => {
    const article = from(`<img src="/a.jpg"><p>Hội nghị đã thành công.</p><p>${long}</p>`);
    expect(images(article.body)[0]?.caption).toBeUndefined();
  });

  it('reads the photo-then-caption table many CMSs emit as one captioned image', () => {
    const article = from(
      '<table class="image"><tr><td><img src="/a.jpg"></td></tr><tr><td class="caption">Toàn cảnh (Ảnh: TTXVN)</td></tr></table>',
    );
    expect(article.body).toEqual([
      { type: 'image', image: { src: 'https://portal.example/a.jpg', alt: '', caption: 'Toàn cảnh', credit: 'TTXVN' } },
    ]);
  });

  it('uses the lazy-loading source when src is a placeholder', () => {
    const article = from('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">');
    expect(images(article.body)[0]?.src).toBe('https://portal.example/real.jpg');
  });
});

describe('articleFromHtml byline and source', () => {
  it('takes a final "Theo …" paragraph as the source credit and the name before it as the author', () => {
    const article = from(`<p>${long}</p><p><b>Minh Anh - Thu Trang</b></p><p><em>Theo Báo Ninh Bình</em></p>`);
    expect(article.authors).toEqual([{ name: 'Minh Anh' }, { name: 'Thu Trang' }]);
    expect(article.sourceCredit).toBe('Theo Báo Ninh Bình');
    expect(article.body).toHaveLength(1);
  });

  it('keeps the meta authors and drops a final paragraph that only repeats them', () => {
    const article = from(`<p>${long}</p><p>Ngọc Hà</p>`, { authors: [{ name: 'Ngọc Hà' }] });
    expect(article.authors).toEqual([{ name: 'Ngọc Hà' }]);
    expect(article.body).toHaveLength(1);
  });

  it('keeps a final name paragraph in the body when the meta names someone else', () => {
    const article = from(`<p>${long}</p><p>Ngọc Hà</p>`, { authors: [{ name: 'Minh Anh' }] });
    expect(article.authors).toEqual([{ name: 'Minh Anh' }]);
    expect(article.body).toHaveLength(2);
  });

  it('reads "Tin, ảnh: …" and "(tổng hợp)" around the name in a byline', () => {
    expect(from(`<p>${long}</p><p>Tin, ảnh: Minh Đức</p>`).authors).toEqual([{ name: 'Minh Đức' }]);
    expect(from(`<p>${long}</p><p>Ngọc Hà (tổng hợp)</p>`).authors).toEqual([{ name: 'Ngọc Hà' }]);
  });

  it('takes "(Nguồn: TTXVN)" as the source credit without its brackets', () => {
    expect(from(`<p>${long}</p><p>(Nguồn: TTXVN)</p>`).sourceCredit).toBe('Nguồn: TTXVN');
  });

  it('does not take a closing sentence starting "Theo đó" for a source credit', () => {
    const article = from(`<p>${long}</p><p>Theo đó, hội nghị sẽ họp lại vào tháng 8</p>`);
    expect(article.sourceCredit).toBeUndefined();
    expect(article.body).toHaveLength(2);
  });

  it('does not take an ordinary last sentence for a name', () => {
    const article = from(`<p>${long}</p><p>Hội nghị kết thúc lúc 11 giờ.</p>`);
    expect(article.authors).toEqual([]);
    expect(article.body).toHaveLength(2);
  });
});

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
