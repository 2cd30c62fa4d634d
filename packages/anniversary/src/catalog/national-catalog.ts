import type { Commemoration } from '../types.js';

/** The group ids of the national catalog (see `NATIONAL_GROUPS`). */
export type NationalGroup = 'major' | 'history' | 'leaders' | 'organisations' | 'sectors' | 'international';

/** One day of the national catalog: everything about it in one record. */
export interface NationalDay extends Commemoration {
  /** The English phrase after "the Nth anniversary of". */
  nameEn: string;
  group: NationalGroup;
  /** `"round-years"` for leaders' birthdays (Kết luận 88-KL/TW): shown only when the years end in 0 or 5. */
  observance: 'yearly' | 'round-years';
  /** The document or publisher the date and wording come from. */
  source: string;
  /** How the entry was checked, in plain words. */
  checked: string;
}

/** The catalog's groups, Vietnamese label first, in the order the README lists them. */
export const NATIONAL_GROUPS: Readonly<Record<NationalGroup, { readonly name: string; readonly nameEn: string }>> = {
  major: { name: 'Ngày lễ lớn (Nghị định 145/2013/NĐ-CP, Điều 4)', nameEn: 'Major national days (Decree 145/2013)' },
  history: { name: 'Sự kiện lịch sử', nameEn: 'Historical events' },
  leaders: {
    name: 'Ngày sinh lãnh tụ, lãnh đạo tiền bối (năm tròn, năm lẻ 5)',
    nameEn: "Leaders' birthdays (round years)",
  },
  organisations: {
    name: 'Ngày thành lập các tổ chức chính trị - xã hội',
    nameEn: 'Founding days of mass organisations',
  },
  sectors: { name: 'Ngày truyền thống các ngành, lực lượng', nameEn: 'Traditional days of sectors and forces' },
  international: { name: 'Ngày quốc tế', nameEn: 'International days' },
};

const ND145 = 'NĐ 145/2013/NĐ-CP, Điều 4';
const NOTES = 'research notes (/work/shared/data/national-commemorations.md)';

/** A solar day of the catalog; `--MM-DD` dates and lunar ones say so through `calendar`. */
function day(
  id: string,
  group: NationalGroup,
  date: string,
  name: string,
  nameEn: string,
  source: string,
  checked: string,
  extra: { calendar?: 'lunar'; observance?: 'round-years' } = {},
): NationalDay {
  return {
    id,
    name,
    nameEn,
    date,
    calendar: extra.calendar ?? 'solar',
    group,
    observance: extra.observance ?? 'yearly',
    source,
    checked,
  };
}

const leader = (id: string, date: string, name: string, nameEn: string, source: string, checked: string) =>
  day(id, 'leaders', date, name, nameEn, source, checked, { observance: 'round-years' });

/**
 * The national catalog: one record per day, ids stable (documented in the README). Sites add their own
 * days and reword these through `mergeById`; `pickNational` chooses among them.
 */
// Built in a call marked pure, so bundlers drop the catalog from code that does not use it.
export const nationalCatalog: readonly NationalDay[] = /* @__PURE__ */ (() => [
  day('tet', 'major', '--01-01', 'Tết Nguyên đán', 'Lunar New Year (Tết)', ND145, `${NOTES}; lunar 1/1, yearly`, {
    calendar: 'lunar',
  }),
  day(
    'dang',
    'major',
    '1930-02-03',
    'Ngày thành lập Đảng Cộng sản Việt Nam',
    'the founding of the Communist Party of Viet Nam',
    ND145,
    `${NOTES}; 12-HD/BTGTW writes "(3/2/1930 - 3/2/2021)"`,
  ),
  day(
    'gioto',
    'major',
    '--03-10',
    'Giỗ Tổ Hùng Vương',
    "the Hung Kings' Commemoration Day",
    ND145,
    `${NOTES}; lunar 10/3, yearly`,
    {
      calendar: 'lunar',
    },
  ),
  day(
    '30-4',
    'major',
    '1975-04-30',
    'Ngày Giải phóng miền Nam, thống nhất đất nước',
    'the Liberation of the South and National Reunification',
    ND145,
    `${NOTES}; baohatinh.vn writes "(30/4/1975 - 30/4/2025)"`,
  ),
  day('dbp', 'major', '1954-05-07', 'Ngày Chiến thắng Điện Biên Phủ', 'the Dien Bien Phu Victory', ND145, NOTES),
  day(
    'bacho',
    'major',
    '1890-05-19',
    'Ngày sinh Chủ tịch Hồ Chí Minh',
    "President Ho Chi Minh's birthday",
    ND145,
    `${NOTES}; baobinhthuan.vn: "135 năm" on 19/5/2025`,
  ),
  day(
    'cmt8',
    'major',
    '1945-08-19',
    'Ngày Cách mạng Tháng Tám thành công',
    'the success of the August Revolution',
    ND145,
    NOTES,
  ),
  day(
    '2-9',
    'major',
    '1945-09-02',
    'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    'the National Day of the Socialist Republic of Viet Nam',
    ND145,
    NOTES,
  ),
  day(
    'can',
    'sectors',
    '1945-08-19',
    'Ngày truyền thống Công an nhân dân Việt Nam',
    "the Traditional Day of the Viet Nam People's Public Security",
    'CV 3837/BTTTT',
    NOTES,
  ),
  day(
    'antq',
    'sectors',
    '2005-08-19',
    'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc',
    "the All People's Festival for the Protection of National Security",
    'CV 3837/BTTTT',
    NOTES,
  ),
  day(
    'qdnd',
    'sectors',
    '1944-12-22',
    'Ngày thành lập Quân đội nhân dân Việt Nam',
    "the founding of the Viet Nam People's Army",
    '160-HD/BTGTW',
    NOTES,
  ),
  day(
    'qptd',
    'sectors',
    '1989-12-22',
    'Ngày hội Quốc phòng toàn dân',
    "the All People's National Defence Day",
    '160-HD/BTGTW',
    `${NOTES}; counted from 1989, not from the army's founding in 1944`,
  ),
  day(
    'radi',
    'history',
    '1911-06-05',
    'Ngày Bác Hồ ra đi tìm đường cứu nước',
    "President Ho Chi Minh's departure to find the way to save the nation",
    'infographics.vn',
    `${NOTES}; the seed portal page writes "(5/6/1911 - 5/6/2024)"`,
  ),
  day(
    'thidua',
    'history',
    '1948-06-11',
    'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
    "President Ho Chi Minh's call for patriotic emulation",
    'QĐ 368/QĐ-TTg',
    `${NOTES}; Chỉ thị 22/CT-TW (2018) writes "(11/6/1948 - 11/6/2018)"`,
  ),
  day(
    'cpcm',
    'history',
    '1969-06-06',
    'thành lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam',
    'the founding of the Provisional Revolutionary Government of the Republic of South Viet Nam',
    'vnanet.vn',
    NOTES,
  ),
  day(
    'doan',
    'organisations',
    '1931-03-26',
    'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'the founding of the Ho Chi Minh Communist Youth Union',
    'qdnd.vn',
    NOTES,
  ),
  day(
    'phunu',
    'organisations',
    '1930-10-20',
    'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    "the founding of the Viet Nam Women's Union",
    'hoilhpn.org.vn',
    NOTES,
  ),
  day(
    'congdoan',
    'organisations',
    '1929-07-28',
    'Ngày thành lập Công đoàn Việt Nam',
    'the founding of the Viet Nam Trade Union',
    'congdoan.vn',
    NOTES,
  ),
  day(
    'nhagiao',
    'sectors',
    '1982-11-20',
    'Ngày Nhà giáo Việt Nam',
    "Vietnamese Teachers' Day",
    'QĐ 167-HĐBT (1982)',
    `${NOTES} (a school site, marked weaker); the year is that of QĐ 167-HĐBT`,
  ),
  day(
    'mttq',
    'organisations',
    '1930-11-18',
    'Ngày truyền thống Mặt trận Tổ quốc Việt Nam',
    'the Traditional Day of the Viet Nam Fatherland Front',
    'mattran.org.vn',
    `${NOTES} (a school site, marked weaker)`,
  ),
  day(
    'khangchien',
    'history',
    '1946-12-19',
    'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi toàn quốc kháng chiến',
    "President Ho Chi Minh's call for nationwide resistance",
    'qdnd.vn',
    `${NOTES} (a school site, marked weaker)`,
  ),
  day(
    'thudo',
    'history',
    '1954-10-10',
    'Ngày Giải phóng Thủ đô',
    'the Liberation of the Capital',
    '52-HD/BTGTU Hà Nội',
    NOTES,
  ),
  day(
    'dbpk',
    'history',
    '1972-12',
    'Chiến thắng "Hà Nội - Điện Biên Phủ trên không"',
    'the "Ha Noi - Dien Bien Phu in the Air" Victory',
    'hanoimoi.vn',
    `${NOTES} (hanoimoi.vn); kept to the month (12/1972) for the twelve-day campaign that began on 18/12/1972`,
  ),
  day(
    'venuoc',
    'history',
    '1941-01-28',
    'Ngày Bác Hồ về nước trực tiếp lãnh đạo cách mạng Việt Nam',
    "President Ho Chi Minh's return to lead the Vietnamese revolution",
    'vnexpress.net',
    NOTES,
  ),
  day('1-5', 'international', '1886-05-01', 'Ngày Quốc tế Lao động', "International Workers' Day", 'báo chí', NOTES),
  day(
    'tbls',
    'history',
    '1947-07-27',
    'Ngày Thương binh - Liệt sĩ',
    "War Invalids and Martyrs' Day",
    'báo chí',
    `${NOTES}; huyendamha.vn writes "(27/7/1947 – 27/7/2021)"`,
  ),
  day(
    'baochi',
    'sectors',
    '1925-06-21',
    'Ngày Báo chí cách mạng Việt Nam',
    'Viet Nam Revolutionary Press Day',
    'qdnd.vn',
    NOTES,
  ),
  day(
    'doi',
    'organisations',
    '1941-05-15',
    'Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh',
    'the founding of the Ho Chi Minh Young Pioneers Organisation',
    'báo chí',
    NOTES,
  ),
  day(
    'nongdan',
    'organisations',
    '1930-10-14',
    'Ngày thành lập Hội Nông dân Việt Nam',
    "the founding of the Viet Nam Farmers' Union",
    'báo chí',
    NOTES,
  ),
  leader(
    'tranphu',
    '1904-05-01',
    'Ngày sinh đồng chí Trần Phú',
    'the birth of Comrade Tran Phu',
    'tinhuyquangtri.vn',
    NOTES,
  ),
  leader(
    'tdt',
    '1888-08-20',
    'Ngày sinh Chủ tịch Tôn Đức Thắng',
    'the birth of President Ton Duc Thang',
    'dantocmiennui.vn',
    NOTES,
  ),
  leader(
    'vvk',
    '1922-11-23',
    'Ngày sinh đồng chí Võ Văn Kiệt',
    'the birth of Comrade Vo Van Kiet',
    '55-HD/BTGTW',
    `${NOTES}; 55-HD/BTGTW as published by bantuyengiao.cantho.gov.vn: "(23/11/1922 - 23/11/2022)"`,
  ),
  day(
    'ddcm',
    'history',
    '1958-12',
    'ra đời tác phẩm "Đạo đức cách mạng"',
    'the publication of "Revolutionary Ethics"',
    '52-HD/BTGTU Hà Nội',
    `${NOTES}; written to the month, as central guidance does: "(12/1958 - 12/2018)"`,
  ),
])();
