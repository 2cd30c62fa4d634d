import type { Commemoration } from '../types.js';

// [id, name (after "N năm"), date, lunar?]. Ids stay short: the script-tag widget inlines this list.
// Dates checked against the research notes and the historical record.
const rows: [string, string, string, 1?][] = [
  ['tet', 'Tết Nguyên đán', '--01-01', 1],
  ['dang', 'Ngày thành lập Đảng Cộng sản Việt Nam', '1930-02-03'],
  ['gioto', 'Giỗ Tổ Hùng Vương', '--03-10', 1],
  ['30-4', 'Ngày Giải phóng miền Nam, thống nhất đất nước', '1975-04-30'],
  ['dbp', 'Ngày Chiến thắng Điện Biên Phủ', '1954-05-07'],
  ['bacho', 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19'],
  ['cmt8', 'Ngày Cách mạng Tháng Tám thành công', '1945-08-19'],
  ['2-9', 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', '1945-09-02'],
  ['can', 'Ngày truyền thống Công an nhân dân Việt Nam', '1945-08-19'],
  ['antq', 'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc', '2005-08-19'],
  ['qdnd', 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22'],
  ['qptd', 'Ngày hội Quốc phòng toàn dân', '1989-12-22'],
  ['radi', 'Ngày Bác Hồ ra đi tìm đường cứu nước', '1911-06-05'],
  ['thidua', 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc', '1948-06-11'],
  ['cpcm', 'thành lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam', '1969-06-06'],
  ['doan', 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh', '1931-03-26'],
  ['phunu', 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', '1930-10-20'],
  ['congdoan', 'Ngày thành lập Công đoàn Việt Nam', '1929-07-28'],
  ['nhagiao', 'Ngày Nhà giáo Việt Nam', '1982-11-20'],
  ['mttq', 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam', '1930-11-18'],
  ['khangchien', 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi toàn quốc kháng chiến', '1946-12-19'],
  ['thudo', 'Ngày Giải phóng Thủ đô', '1954-10-10'],
  ['dbpk', 'Chiến thắng "Hà Nội - Điện Biên Phủ trên không"', '1972-12'],
  ['venuoc', 'Ngày Bác Hồ về nước trực tiếp lãnh đạo cách mạng Việt Nam', '1941-01-28'],
  ['1-5', 'Ngày Quốc tế Lao động', '1886-05-01'],
  ['tbls', 'Ngày Thương binh - Liệt sĩ', '1947-07-27'],
  ['baochi', 'Ngày Báo chí cách mạng Việt Nam', '1925-06-21'],
  ['doi', 'Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh', '1941-05-15'],
  ['nongdan', 'Ngày thành lập Hội Nông dân Việt Nam', '1930-10-14'],
  ['tranphu', 'Ngày sinh đồng chí Trần Phú', '1904-05-01'],
  ['tdt', 'Ngày sinh Chủ tịch Tôn Đức Thắng', '1888-08-20'],
  ['vvk', 'Ngày sinh đồng chí Võ Văn Kiệt', '1922-11-23'],
  ['ddcm', 'ra đời tác phẩm "Đạo đức cách mạng"', '1958-12'],
];

const ND145 = 'NĐ 145/2013/NĐ-CP, Điều 4';

// The source of each row above, by index: kept apart so the widget, which never shows them, does not carry them.
const sources: readonly string[] = [
  ND145, // tet
  ND145, // dang
  ND145, // gioto
  ND145, // 30-4
  ND145, // dbp
  ND145, // bacho
  ND145, // cmt8
  ND145, // 2-9
  'CV 3837/BTTTT', // can
  'CV 3837/BTTTT', // antq
  '160-HD/BTGTW', // qdnd
  '160-HD/BTGTW', // qptd
  'infographics.vn', // radi
  'QĐ 368/QĐ-TTg', // thidua
  'vnanet.vn', // cpcm
  'qdnd.vn', // doan
  'hoilhpn.org.vn', // phunu
  'congdoan.vn', // congdoan
  'QĐ 167-HĐBT (1982)', // nhagiao
  'mattran.org.vn', // mttq
  'qdnd.vn', // khangchien
  '52-HD/BTGTU Hà Nội', // thudo
  'hanoimoi.vn', // dbpk
  'vnexpress.net', // venuoc
  'báo chí', // 1-5
  'báo chí', // tbls
  'qdnd.vn', // baochi
  'báo chí', // doi
  'báo chí', // nongdan
  'tinhuyquangtri.vn', // tranphu
  'dantocmiennui.vn', // tdt
  '55-HD/BTGTW', // vvk
  '52-HD/BTGTU Hà Nội', // ddcm
];

/**
 * The national catalog without `source`, for code that only shows banners (the script-tag widget):
 * the same entries as `nationalCommemorations`, lighter. Marked pure, so bundlers drop it when unused.
 */
export const nationalCommemorationsLite: readonly Commemoration[] = /* @__PURE__ */ rows.map(
  ([id, name, date, lunar]) => ({
    id,
    name,
    date,
    calendar: lunar ? 'lunar' : 'solar',
  }),
);

/**
 * The built-in catalog of national commemorations, each with its source; sites add their own
 * (province, Party bloc) as JSON. Tết and Giỗ Tổ are lunar and yearly. Built by a call marked pure, so
 * bundlers drop it from code that does not use it.
 */
export const nationalCommemorations: readonly Commemoration[] = /* @__PURE__ */ nationalCommemorationsLite.map(
  (c, i) => ({ ...c, source: sources[i] }),
);
