import { type Article, articleFromHtml, type Block } from '../src/index.js';

/** A minimal article around the HTML a test reads. */
export const meta = {
  id: '1',
  url: 'https://portal.example/tin-tuc/bai-viet.html',
  datePublished: '2023-07-03T08:00:00+07:00',
};

export const from = (html: string, extra: Partial<typeof meta> & Record<string, unknown> = {}): Article =>
  articleFromHtml(html, { title: 'Bài viết', ...meta, ...extra });

export const images = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'image' ? [b.image] : []));

/** A paragraph too long to be a caption or a byline. */
export const long = 'Đây là một đoạn văn dài của bài viết, kể lại diễn biến hội nghị với nhiều chi tiết. '
  .repeat(3)
  .trim();
