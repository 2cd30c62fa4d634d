import { describe, expect, it } from 'vitest';
import { images } from '../test/read-html.js';
import { seedCaptions, seedHtml, seedMeta, seedTitle } from '../test/seed.js';
import { articleFromHtml } from './index.js';

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
