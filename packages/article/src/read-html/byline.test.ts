import { describe, expect, it } from 'vitest';
import { from, long } from '../../test/read-html.js';

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
