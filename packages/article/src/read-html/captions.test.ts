import { describe, expect, it } from 'vitest';
import { from, images, long } from '../../test/read-html.js';

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
