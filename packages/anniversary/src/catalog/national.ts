import type { Commemoration } from '../types.js';

const ND145 = 'NĐ 145/2013/NĐ-CP, Điều 4';

// [id, name (after "N năm"), date, source, lunar?]. Ids and sources stay short: the script-tag
// widget inlines this list. Dates checked against the research notes and the historical record.
const rows: [string, string, string, string, 1?][] = [
  ['tet', 'Tết Nguyên đán', '--01-01', ND145, 1],
  ['dang', 'Ngày thành lập Đảng Cộng sản Việt Nam', '1930-02-03', ND145],
  ['gioto', 'Giỗ Tổ Hùng Vương', '--03-10', ND145, 1],
  ['30-4', 'Ngày Giải phóng miền Nam, thống nhất đất nước', '1975-04-30', ND145],
  ['dbp', 'Ngày Chiến thắng Điện Biên Phủ', '1954-05-07', ND145],
  ['bacho', 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19', ND145],
  ['cmt8', 'Ngày Cách mạng Tháng Tám thành công', '1945-08-19', ND145],
  ['2-9', 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', '1945-09-02', ND145],
  ['can', 'Ngày truyền thống Công an nhân dân Việt Nam', '1945-08-19', 'CV 3837/BTTTT'],
  ['antq', 'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc', '2005-08-19', 'CV 3837/BTTTT'],
  ['qdnd', 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '160-HD/BTGTW'],
  ['qptd', 'Ngày hội Quốc phòng toàn dân', '1989-12-22', '160-HD/BTGTW'],
  ['radi', 'Ngày Bác Hồ ra đi tìm đường cứu nước', '1911-06-05', 'infographics.vn'],
  ['thidua', 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc', '1948-06-11', 'QĐ 368/QĐ-TTg'],
  ['cpcm', 'thành lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam', '1969-06-06', 'vnanet.vn'],
  ['doan', 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh', '1931-03-26', 'qdnd.vn'],
  ['phunu', 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', '1930-10-20', 'hoilhpn.org.vn'],
  ['congdoan', 'Ngày thành lập Công đoàn Việt Nam', '1929-07-28', 'congdoan.vn'],
  ['nhagiao', 'Ngày Nhà giáo Việt Nam', '1982-11-20', 'QĐ 167-HĐBT (1982)'],
  ['mttq', 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam', '1930-11-18', 'mattran.org.vn'],
  ['khangchien', 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi toàn quốc kháng chiến', '1946-12-19', 'qdnd.vn'],
  ['thudo', 'Ngày Giải phóng Thủ đô', '1954-10-10', '52-HD/BTGTU Hà Nội'],
  ['dbpk', 'Chiến thắng "Hà Nội - Điện Biên Phủ trên không"', '1972-12', 'hanoimoi.vn'],
  ['venuoc', 'Ngày Bác Hồ về nước trực tiếp lãnh đạo cách mạng Việt Nam', '1941-01-28', 'vnexpress.net'],
  ['1-5', 'Ngày Quốc tế Lao động', '1886-05-01', 'báo chí'],
  ['tbls', 'Ngày Thương binh - Liệt sĩ', '1947-07-27', 'báo chí'],
  ['baochi', 'Ngày Báo chí cách mạng Việt Nam', '1925-06-21', 'qdnd.vn'],
  ['doi', 'Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh', '1941-05-15', 'báo chí'],
  ['nongdan', 'Ngày thành lập Hội Nông dân Việt Nam', '1930-10-14', 'báo chí'],
  ['tranphu', 'Ngày sinh đồng chí Trần Phú', '1904-05-01', 'tinhuyquangtri.vn'],
  ['tdt', 'Ngày sinh Chủ tịch Tôn Đức Thắng', '1888-08-20', 'dantocmiennui.vn'],
  ['vvk', 'Ngày sinh đồng chí Võ Văn Kiệt', '1922-11-23', '55-HD/BTGTW'],
  ['ddcm', 'ra đời tác phẩm "Đạo đức cách mạng"', '1958-12', '52-HD/BTGTU Hà Nội'],
];

/**
 * The built-in catalog of national commemorations, each with its source; sites add their own
 * (province, Party bloc) as JSON. Tết and Giỗ Tổ are lunar and yearly. Built by a call marked pure, so
 * bundlers drop it from code that does not use it.
 */
export const nationalCommemorations: readonly Commemoration[] = /* @__PURE__ */ rows.map(
  ([id, name, date, source, lunar]) => ({
    id,
    name,
    date,
    calendar: lunar ? 'lunar' : 'solar',
    source,
  }),
);
