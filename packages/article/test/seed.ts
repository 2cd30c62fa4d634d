import html from '../../../fixtures/seed/seed-article.html?raw';
import type { ArticleMeta } from '../src/article-from-html.js';
import type { Site } from '../src/model.js';

/** The seed page's article (../shared/seed/portal-page.txt) as its CMS would have written it. */
export const seedHtml: string = html;

export const seedTitle =
  'Kết quả công tác kết nạp đảng viên 6 tháng đầu năm 2023 tại Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh';

export const seedCaptions = [
  'Hội nghị chuyên đề về công tác phát triển đảng viên là công nhân, lao động trong các loại hình doanh nghiệp',
  'Lễ kết nạp đảng viên là học sinh tại Chi bộ Trường PTTH sư phạm Tràng An trực thuộc Đảng bộ Trường Đại học Hoa Lư',
] as const;

export const seedMeta: ArticleMeta = {
  id: 'dbk-2023-07-03-ket-nap-dang-vien',
  url: 'https://dangbokhoi.ninhbinh.gov.vn/tin-tuc/ket-qua-cong-tac-ket-nap-dang-vien-6-thang-dau-nam-2023.html',
  title: seedTitle,
  datePublished: '2023-07-03T08:00:00+07:00',
  section: 'Tin tức - Sự kiện',
  tags: ['phát triển đảng viên', 'Đảng bộ Khối'],
};

export const seedSite: Site = {
  name: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình',
  url: 'https://dangbokhoi.ninhbinh.gov.vn/',
  language: 'vi',
  logo: '/images/logo.png',
};

/** The seed's visit counter ("Số lượt truy cập 411594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678"). */
export const seedStats = { total: 411594, online: 4, today: 17, yesterday: 678, asOf: '2024-06-01T09:30:00+07:00' };
