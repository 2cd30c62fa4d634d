import type { FieldProblem } from './check-entry.ts';
import type { PasteDrop, PasteReport } from './read-snippet.ts';

export type Lang = 'vi' | 'en';

const vi = {
  title: 'Trình tạo banner kỷ niệm',
  intro:
    'Chọn ngày lễ quốc gia, thêm ngày kỷ niệm của đơn vị, xem trước banner rồi sao chép mã nhúng. Không cần gõ JSON hay tự tính số năm.',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  backToDemo: 'Về trang trình diễn',
  nationalTitle: '1. Ngày lễ quốc gia',
  nationalTable: 'Bảng các ngày lễ quốc gia',
  skipLink: 'Bỏ qua, đến nội dung chính',
  nationalHint: 'Đánh dấu những ngày muốn hiện trên banner. Số năm tính đến năm đang xem trước.',
  pickAll: 'Chọn tất cả',
  pickNone: 'Bỏ chọn tất cả',
  pickedCount: (n: number, all: number) => `Đã chọn ${n}/${all} ngày.`,
  colPick: 'Chọn',
  roundOnly: 'chỉ nêu năm tròn, lẻ 5',
  colName: 'Ngày lễ',
  colDate: 'Ngày',
  colYears: (year: number) => `Số năm (${year})`,
  colSource: 'Nguồn',
  colAction: 'Thao tác',
  round: { tron: 'năm tròn', le5: 'năm lẻ 5' } as Record<string, string>,
  yearly: 'hằng năm',
  lunarShort: 'âm lịch',
  reword: 'Sửa lời',
  rewordLabel: (name: string) => `Sửa lời: ${name}`,
  pickLabel: (name: string) => `Hiện ${name}`,
  ownTitle: '2. Ngày kỷ niệm của đơn vị',
  ownHint:
    'Tên là cụm từ đứng sau “N năm” trên banner. Ngày gõ như thường viết: 17/7/2019, 7/2019 (chỉ biết tháng) hoặc 17/7 (hằng năm). Để sửa lời một ngày lễ quốc gia, dùng mã của ngày đó.',
  row: (n: number) => `Ngày kỷ niệm ${n}`,
  fieldName: 'Tên',
  fieldNameEn: 'Tên tiếng Anh (không bắt buộc)',
  fieldDate: 'Ngày',
  fieldDatePlaceholder: '17/7/2019',
  fieldCalendar: 'Lịch',
  solar: 'Dương lịch',
  lunar: 'Âm lịch',
  fieldLeap: 'Tháng nhuận',
  leapHint: (year: number, month: number | null) =>
    month ? `Năm âm lịch ${year} có tháng ${month} nhuận.` : `Năm âm lịch ${year} không có tháng nhuận.`,
  fieldPinned: 'Ghim lên đầu',
  fieldId: 'Mã (id)',
  idHint: (id: string) => `Để trống: dùng “${id}”.`,
  rewordsHint: (name: string) => `Mã của ngày lễ quốc gia: thay lời “${name}”.`,
  remove: 'Xóa',
  removeLabel: (n: number) => `Xóa ngày kỷ niệm ${n}`,
  add: 'Thêm ngày kỷ niệm',
  previewTitle: '3. Xem trước',
  previewDay: 'Ngày xem trước',
  previewDayPlaceholder: 'ngày/tháng/năm',
  previewDayNotADay: 'Hãy gõ đủ ngày/tháng/năm, ví dụ 1/6/2024.',
  previewDayRange: 'Ngày xem trước phải từ 1/1/1901 đến 31/12/2099 (những ngày banner nhận).',
  openCalendar: 'Chọn ngày trên lịch',
  today: 'Hôm nay',
  daysAfter: 'Hiện trước ngày kỷ niệm (ngày)',
  daysBefore: 'Giữ sau ngày kỷ niệm (ngày)',
  max: 'Tối đa số mục',
  order: 'Thứ tự',
  orderDefault: 'Ghim trước, rồi theo ngày',
  orderGiven: 'Theo thứ tự nhập',
  mode: 'Kiểu hiển thị',
  marquee: 'Chữ chạy',
  static: 'Đứng yên',
  list: 'Danh sách',
  bannerLang: 'Ngôn ngữ banner',
  background: 'Màu nền',
  color: 'Màu chữ',
  resetColours: 'Màu mặc định',
  settingRange: (min: number, max: number, fallback: number) =>
    `Banner chỉ nhận số nguyên từ ${min} đến ${max}; số này chưa được dùng (banner dùng mặc định ${fallback}).`,
  emptyBanner: 'Không có ngày kỷ niệm nào trong khoảng này: banner để trống.',
  timelineTitle: 'Mười hai tháng tới',
  timelineHint: 'Các ngày kỷ niệm rơi vào từng tháng (ngày dương lịch) và những ngày banner đổi nội dung.',
  noAnniversaries: 'Không có ngày kỷ niệm.',
  changesFrom: (n: number) => `Banner đổi ${n} lần trong tháng`,
  from: 'Từ',
  nothing: '(banner trống)',
  exportTitle: '4. Mã nhúng và tệp tải về',
  snippet: 'Mã nhúng (dán vào mẫu trang)',
  snippetBlocked: 'Chưa có mã nhúng: hãy sửa các lỗi được đánh dấu ở mục 2.',
  copy: 'Sao chép mã nhúng',
  copied: 'Đã sao chép.',
  copyFailed: 'Trình duyệt không cho sao chép: hãy chọn mã và nhấn Ctrl+C.',
  scriptSrc: 'Địa chỉ tệp script',
  scriptSrcHint: 'Mặc định tải từ CDN npm. Nếu trang không được dùng CDN, tải bộ tệp tự lưu trữ và ghi địa chỉ của nó.',
  downloadEvents: 'Tải events.json (cho thuộc tính src=)',
  downloadIcs: (file: string) => `Tải lịch ${file} (cho lịch của cơ quan)`,
  icsHint: (year: number) =>
    `Các ngày đã chọn trong cả năm ${year} (1/1 đến 31/12), mỗi ngày một sự kiện cả ngày; đổi năm bằng “Ngày xem trước”.`,
  downloadSelfHost: 'Tải bộ tệp tự lưu trữ (.zip)',
  cli: 'Dòng lệnh in cùng banner',
  pasteTitle: '5. Dán mã để sửa tiếp',
  pasteHint: 'Dán mã nhúng hoặc nội dung events.json đã có, rồi nhấn Nạp.',
  pasteLabel: 'Mã nhúng hoặc JSON',
  load: 'Nạp',
  loaded: (own: number, national: number, report: PasteReport, replaced: number) =>
    [
      `Đã nạp vào biểu mẫu: ${own} ngày của đơn vị, ${national} ngày lễ quốc gia.`,
      report.kept.length &&
        `Giữ nguyên trong mã nhúng (biểu mẫu không sửa được): ${report.kept.map(attributeText).join(', ')}${report.kept.some(([n]) => n === 'src') ? ' (xem trước không tải tệp src)' : ''}.`,
      report.mourning &&
        'Quốc tang trong JSON được ghi thành các thuộc tính mourning-from, mourning-to, mourning-message.',
      report.untypedScript &&
        'Thẻ <script> chứa danh sách thiếu type="application/json" nên banner bỏ qua nó; mã nhúng mới đã ghi thêm.',
      report.dropped.length && `Không nạp được: ${report.dropped.map((d) => dropText(d, 'vi')).join('; ')}.`,
      replaced && `Đã thay ${replaced} ngày đang có trong biểu mẫu; nhấn “Hoàn tác” để lấy lại.`,
    ]
      .filter(Boolean)
      .join(' '),
  undo: 'Hoàn tác',
  undone: 'Đã hoàn tác: biểu mẫu trở lại như trước khi nạp.',
  pasteNoBanner: 'Không thấy thẻ <vnp-anniversary-banner> hay danh sách JSON trong nội dung dán.',
  pasteBadList: (detail: string) => `Danh sách có lỗi: ${detail}`,
  pasteBadNational: (words: string) =>
    `Thuộc tính national có mã không có trong danh mục: ${words}. Hãy sửa hoặc xóa mã đó rồi nạp lại.`,
  linkTitle: 'Mở từ liên kết chia sẻ',
  linkReplaces: (saved: number, linked: number) =>
    `Liên kết này mở một công việc khác với công việc đã lưu trong trình duyệt này (${saved} ngày kỷ niệm của đơn vị; liên kết có ${linked}). Công việc đã lưu chưa bị thay: hãy chọn giữ nó hay dùng công việc từ liên kết (thay công việc đã lưu).`,
  keepSaved: 'Giữ công việc đã lưu',
  useLink: 'Dùng công việc từ liên kết',
  linkRefusedScript: (src: string) =>
    `Liên kết ghi địa chỉ tệp script “${src}”. Trang chỉ nhận từ liên kết địa chỉ CDN mặc định hoặc một đường dẫn trên chính trang của đơn vị, nên mã nhúng dùng địa chỉ CDN. Nếu địa chỉ kia đúng là máy chủ của đơn vị, hãy tự ghi vào ô “Địa chỉ tệp script”.`,
  linkOutsideSrc: (src: string) =>
    `Lưu ý: liên kết cho banner đọc danh sách ngày từ một trang khác: src="${src}". Chỉ giữ nếu đó là tệp của đơn vị.`,
  dismiss: 'Đã hiểu',
  share: 'Liên kết chia sẻ',
  shareHint: 'Công việc được lưu trong trình duyệt này; liên kết sau mở lại đúng trạng thái ở máy khác.',
  copyLink: 'Sao chép liên kết',
  monthName: (month: string) => `Tháng ${+month.slice(5)}/${month.slice(0, 4)}`,
};

type Messages = typeof vi;

const en: Messages = {
  title: 'Anniversary banner builder',
  intro:
    "Pick national days, add your organisation's own, preview the banner and copy the snippet. No JSON to type, no years to count.",
  switchLang: 'Tiếng Việt',
  switchLangLabel: 'Chuyển sang tiếng Việt',
  backToDemo: 'Back to the demo page',
  nationalTitle: '1. National days',
  nationalTable: 'Table of national days',
  skipLink: 'Skip to the main content',
  nationalHint: 'Tick the days to show on the banner. Years are counted to the year being previewed.',
  pickAll: 'Select all',
  pickNone: 'Clear all',
  pickedCount: (n: number, all: number) => `${n} of ${all} days ticked.`,
  colPick: 'Pick',
  roundOnly: 'shown in round years only',
  colName: 'Day',
  colDate: 'Date',
  colYears: (year: number) => `Years (${year})`,
  colSource: 'Source',
  colAction: 'Action',
  round: { tron: 'round (…0)', le5: 'half-round (…5)' },
  yearly: 'every year',
  lunarShort: 'lunar',
  reword: 'Reword',
  rewordLabel: (name: string) => `Reword: ${name}`,
  pickLabel: (name: string) => `Show ${name}`,
  ownTitle: "2. Your organisation's days",
  ownHint:
    'The name is the phrase after “N năm” on the banner. Type dates the Vietnamese way: 17/7/2019, 7/2019 (month known only) or 17/7 (every year). To reword a national day, use its id.',
  row: (n: number) => `Day ${n}`,
  fieldName: 'Name (Vietnamese)',
  fieldNameEn: 'English name (optional)',
  fieldDate: 'Date',
  fieldDatePlaceholder: '17/7/2019',
  fieldCalendar: 'Calendar',
  solar: 'Solar',
  lunar: 'Lunar',
  fieldLeap: 'Leap month',
  leapHint: (year: number, month: number | null) =>
    month ? `Lunar year ${year} has a leap month ${month}.` : `Lunar year ${year} has no leap month.`,
  fieldPinned: 'Pin to the front',
  fieldId: 'Id',
  idHint: (id: string) => `Left empty: “${id}”.`,
  rewordsHint: (name: string) => `A national day's id: rewords “${name}”.`,
  remove: 'Remove',
  removeLabel: (n: number) => `Remove day ${n}`,
  add: 'Add a day',
  previewTitle: '3. Preview',
  previewDay: 'Preview day',
  previewDayPlaceholder: 'day/month/year',
  previewDayNotADay: 'Type a whole day/month/year, e.g. 1/6/2024.',
  previewDayRange: 'The preview day must be from 1/1/1901 to 31/12/2099 (the days the banner takes).',
  openCalendar: 'Pick the day on a calendar',
  today: 'Today',
  daysAfter: 'Show before the day (days)',
  daysBefore: 'Keep after the day (days)',
  max: 'At most (items)',
  order: 'Order',
  orderDefault: 'Pinned first, then by day',
  orderGiven: 'As entered',
  mode: 'Display',
  marquee: 'Scrolling',
  static: 'Static',
  list: 'List',
  bannerLang: 'Banner language',
  background: 'Background',
  color: 'Text colour',
  resetColours: 'Default colours',
  settingRange: (min: number, max: number, fallback: number) =>
    `The banner takes whole numbers from ${min} to ${max}; this one is not used (the banner's default is ${fallback}).`,
  emptyBanner: 'No anniversary in this window: the banner is empty.',
  timelineTitle: 'The next twelve months',
  timelineHint: 'The anniversaries in each month (solar days) and the days the banner changes.',
  noAnniversaries: 'No anniversaries.',
  changesFrom: (n: number) => `The banner changes ${n} times this month`,
  from: 'From',
  nothing: '(empty banner)',
  exportTitle: '4. Snippet and downloads',
  snippet: 'Embed snippet (paste into the page template)',
  snippetBlocked: 'No snippet yet: fix the problems marked in section 2.',
  copy: 'Copy the snippet',
  copied: 'Copied.',
  copyFailed: 'The browser refused to copy: select the snippet and press Ctrl+C.',
  scriptSrc: 'Script file address',
  scriptSrcHint:
    'By default from the npm CDN. Sites that must not use a CDN download the self-hosting files and give their address.',
  downloadEvents: 'Download events.json (for src=)',
  downloadIcs: (file: string) => `Download ${file} (for the office's calendars)`,
  icsHint: (year: number) =>
    `The chosen days over the whole of ${year} (1/1 to 31/12), one all-day event each; change the year with “Preview day”.`,
  downloadSelfHost: 'Download the self-hosting files (.zip)',
  cli: 'Command line that prints the same banner',
  pasteTitle: '5. Paste to edit again',
  pasteHint: 'Paste an existing snippet or events.json, then press Load.',
  pasteLabel: 'Snippet or JSON',
  load: 'Load',
  loaded: (own: number, national: number, report: PasteReport, replaced: number) =>
    [
      `Loaded into the form: ${own} of your own days, ${national} national days.`,
      report.kept.length &&
        `Kept as they are in the snippet (the form does not edit them): ${report.kept.map(attributeText).join(', ')}${report.kept.some(([n]) => n === 'src') ? ' (the preview does not fetch src)' : ''}.`,
      report.mourning && "The JSON's mourning period is written as mourning-from, mourning-to, mourning-message.",
      report.untypedScript &&
        'The <script> holding the list had no type="application/json", so the banner ignored it; the new snippet has it.',
      report.dropped.length && `Not loaded: ${report.dropped.map((d) => dropText(d, 'en')).join('; ')}.`,
      replaced && `Replaced the ${replaced} days the form had; press “Undo” to get them back.`,
    ]
      .filter(Boolean)
      .join(' '),
  undo: 'Undo',
  undone: 'Undone: the form is back as it was before loading.',
  pasteNoBanner: 'No <vnp-anniversary-banner> tag or JSON list in the pasted text.',
  pasteBadList: (detail: string) => `The list has problems: ${detail}`,
  pasteBadNational: (words: string) =>
    `The national attribute names ids the catalog does not have: ${words}. Fix or remove them, then load again.`,
  linkTitle: 'Opened from a share link',
  linkReplaces: (saved: number, linked: number) =>
    `This link opens work that differs from the work saved in this browser (${saved} of your own days; the link has ${linked}). The saved work has not been replaced: keep it, or use the link's work (replacing the saved one).`,
  keepSaved: 'Keep the saved work',
  useLink: "Use the link's work",
  linkRefusedScript: (src: string) =>
    `The link names the script file “${src}”. A link may only give the default CDN address or a path on your own site, so the snippet uses the CDN address. If that address really is your server, type it into “Script file address” yourself.`,
  linkOutsideSrc: (src: string) =>
    `Note: the link makes the banner read its days from another site: src="${src}". Keep it only if that file is yours.`,
  dismiss: 'Got it',
  share: 'Share link',
  shareHint: 'Your work is kept in this browser; this link opens the same state elsewhere.',
  copyLink: 'Copy the link',
  monthName: (month: string) => `${month.slice(0, 4)}-${month.slice(5)}`,
};

export const messages: Record<Lang, Messages> = { vi, en };

const attributeText = ([name, value]: [string, string]) => (value === '' ? name : `${name}="${value}"`);

/** One thing paste-back could not load, and what happens instead. */
function dropText(p: PasteDrop, lang: Lang): string {
  const v = lang === 'vi';
  switch (p.code) {
    case 'number':
      return v
        ? `${p.name}="${p.value}" (banner chỉ nhận số nguyên từ ${p.min} đến ${p.max}; để trống, dùng mặc định)`
        : `${p.name}="${p.value}" (the banner takes whole numbers from ${p.min} to ${p.max}; left empty, the default)`;
    case 'value':
      return v
        ? `${p.name}="${p.value}" (banner không hiểu giá trị này; dùng mặc định)`
        : `${p.name}="${p.value}" (the banner does not know this value; the default)`;
    case 'colour':
      return v
        ? `${p.name}: ${p.value} (không phải một màu đặc; giữ nguyên trong style, ô màu không hiện được)`
        : `${p.name}: ${p.value} (not one solid colour; kept in the style, the colour box cannot show it)`;
    case 'handler':
      return v
        ? `${p.name} (mã lệnh gắn vào thẻ, không phải thiết lập của banner; trình tạo không ghi)`
        : `${p.name} (script on the tag, not a banner setting; the builder does not write it)`;
    case 'more-banners':
      return v
        ? `${p.count} thẻ <vnp-anniversary-banner> khác (chỉ nạp thẻ đầu tiên)`
        : `${p.count} more <vnp-anniversary-banner> tags (only the first is loaded)`;
  }
}

const d = (day: number | null, month: number, year: number | null) =>
  [day, month, year].filter((x) => x !== null).join('/');

/** What to fix in a field, in the editor's language (Vietnamese first). */
export function problemText(p: FieldProblem, lang: Lang): string {
  const v = lang === 'vi';
  switch (p.code) {
    case 'empty':
      return v ? 'Hãy nhập ngày, ví dụ 17/7/2019, 7/2019 hoặc 17/7.' : 'Enter a date, e.g. 17/7/2019, 7/2019 or 17/7.';
    case 'form':
      return v
        ? `“${p.text}” không phải ngày: hãy gõ ngày/tháng/năm (17/7/2019), tháng/năm (7/2019) hoặc ngày/tháng (17/7).`
        : `“${p.text}” is not a date: type day/month/year (17/7/2019), month/year (7/2019) or day/month (17/7).`;
    case 'month':
      return v ? `Không có tháng ${p.month}: tháng từ 1 đến 12.` : `There is no month ${p.month}: months are 1 to 12.`;
    case 'day':
      return v ? `Không có ngày ${p.day}: ngày từ 1 đến 31.` : `There is no day ${p.day}: days are 1 to 31.`;
    case 'year':
      return v ? `Năm ${p.year} phải có bốn chữ số, ví dụ 2019.` : `The year ${p.year} needs four digits, e.g. 2019.`;
    case 'no-such-day':
      return v
        ? `Không có ngày ${d(p.day, p.month, p.year)}: tháng ${p.month}${p.year ? ` năm ${p.year}` : ''} chỉ có ${p.length} ngày.`
        : `${d(p.day, p.month, p.year)} does not exist: month ${p.month}${p.year ? ` of ${p.year}` : ''} has ${p.length} days.`;
    case 'lunar-year':
      return v
        ? `Ngày âm lịch chỉ tính được từ năm ${p.first} đến năm ${p.last}; năm ${p.year} nằm ngoài khoảng đó.`
        : `Lunar dates can be placed from ${p.first} to ${p.last} only; ${p.year} is outside.`;
    case 'lunar-short-month':
      return v
        ? `Không có ngày ${p.day}: tháng ${p.month}${p.leap ? ' nhuận' : ''} âm lịch năm ${p.year} chỉ có ${p.length} ngày.`
        : `There is no day ${p.day}: ${p.leap ? 'leap ' : ''}lunar month ${p.month} of ${p.year} has ${p.length} days.`;
    case 'leap-needs-day':
      return v
        ? 'Tháng nhuận chỉ dùng cho ngày âm lịch có đủ ngày, tháng, năm (ví dụ 10/2/2023).'
        : 'A leap month needs a lunar date with day, month and year (e.g. 10/2/2023).';
    case 'no-leap-month':
      return v
        ? `Năm âm lịch ${p.year} (${p.yearName}) ${p.leapMonth ? `không có tháng ${p.month} nhuận: tháng nhuận năm đó là tháng ${p.leapMonth}` : 'không có tháng nhuận'}. Bỏ đánh dấu “Tháng nhuận” hoặc sửa ngày.`
        : `Lunar year ${p.year} (${p.yearName}) ${p.leapMonth ? `has no leap month ${p.month}: its leap month is ${p.leapMonth}` : 'has no leap month'}. Untick “Leap month” or change the date.`;
    case 'name-empty':
      return v
        ? 'Hãy nhập tên: cụm từ đứng sau “N năm” trên banner, ví dụ “thành lập Đảng bộ Khối”.'
        : 'Enter a name: the phrase after “N năm” on the banner.';
    case 'name-en-empty':
      return v
        ? 'Banner đang đặt tiếng Anh: hãy nhập tên tiếng Anh cho ngày này (banner tiếng Anh không có chữ nào khác để hiện nó).'
        : 'The banner is set to English: enter this day’s English name (the English banner has no other words for it).';
    case 'too-long':
      return v
        ? `Tên dài ${p.length.toLocaleString('vi-VN')} ký tự; hãy rút gọn còn tối đa ${p.max} ký tự.`
        : `The name is ${p.length.toLocaleString('en-GB')} characters long; shorten it to at most ${p.max}.`;
    case 'id-form':
      return v
        ? `Mã “${p.id}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ dang-bo-khoi), tối đa 60 ký tự.`
        : `The id “${p.id}” may only have lower-case letters, digits and hyphens (e.g. dang-bo-khoi), at most 60.`;
    case 'name-taken':
      return v
        ? `Tên này cho cùng mã tự động “${p.id}” với ngày kỷ niệm ${p.row}. Nếu là một ngày, hãy xóa dòng này; nếu là hai ngày khác nhau, hãy đổi tên hoặc ghi mã riêng ở ô “Mã (id)”.`
        : `This name gives the same automatic id “${p.id}” as day ${p.row}. If it is the same day, remove this row; if not, change the name or type an id of its own in “Id”.`;
    case 'id-taken':
      return v
        ? `Mã “${p.id}” đã dùng ở ngày kỷ niệm ${p.row}: mỗi ngày cần một mã riêng.`
        : `The id “${p.id}” is already used by day ${p.row}: each day needs its own.`;
  }
}
