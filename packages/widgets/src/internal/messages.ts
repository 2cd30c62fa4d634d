import { closest } from './did-you-mean.js';
import type { Problem, ProblemCode } from './problems.js';

/** One problem a webmaster can fix, said in Vietnamese and in English. */
export interface Warning {
  vi: string;
  en: string;
}

type Params = Record<string, string | number | undefined>;

/** "1 entry", "2 entries": English counts (Vietnamese nouns do not change). */
const plural = (n: unknown, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where a list came from: `from` is a `src` URL, or absent for the inline JSON; `index` an entry in it. */
function where(p: Params): Warning {
  const at = p.index === undefined ? '' : ` [${p.index}]`;
  return p.from === undefined
    ? { vi: `JSON trong <script type="application/json">${at}`, en: `the inline <script type="application/json">${at}` }
    : { vi: `src="${p.from}"${at}`, en: `src="${p.from}"${at}` };
}

const MESSAGES: Record<ProblemCode, (p: Params, w: Warning) => Warning> = {
  'unknown-attribute': (p) => {
    const known = String(p.known).split(' ');
    const guess = closest(String(p.name), known);
    return {
      vi: `không có thuộc tính "${p.name}"${guess ? `; có phải bạn muốn viết "${guess}"?` : ''} (các thuộc tính: ${known.join(', ')}). Đang bỏ qua nó.`,
      en: `unknown attribute "${p.name}"${guess ? `; did you mean "${guess}"?` : ''} (known: ${known.join(', ')}). It is ignored.`,
    };
  },
  'boolean-value': (p) => ({
    vi: `${p.name}="${p.value}": thuộc tính bật/tắt không nhận giá trị; muốn tắt thì xoá "${p.name}", muốn bật thì chỉ viết "${p.name}". Đang coi là tắt.`,
    en: `${p.name}="${p.value}": an on/off attribute takes no value; remove "${p.name}" to switch it off, write just "${p.name}" to switch it on. Treating it as off.`,
  }),
  whole: (p) => ({
    vi: `${p.name}="${p.value}" không phải số nguyên từ ${p.min} đến ${p.max}; đang dùng giá trị mặc định ${p.fallback}.`,
    en: `${p.name}="${p.value}" is not a whole number from ${p.min} to ${p.max}; using the default, ${p.fallback}.`,
  }),
  'one-of': (p) => ({
    vi: `${p.name}="${p.value}" không hợp lệ; chỉ nhận ${p.allowed}. Đang dùng "${p.fallback}".`,
    en: `${p.name}="${p.value}" is not one of ${p.allowed}; using "${p.fallback}".`,
  }),
  day: (p) => ({
    vi: `${p.name}="${p.value}" không phải ngày dạng 2024-06-01 trong khoảng ${p.min} đến ${p.max}; ${p.name === 'date' ? 'đang đếm đến hôm nay (giờ Việt Nam).' : 'chưa áp dụng Quốc tang.'}`,
    en: `${p.name}="${p.value}" is not a day like 2024-06-01 from ${p.min} to ${p.max}; ${p.name === 'date' ? 'counting to today in Vietnam.' : 'no mourning period is applied.'}`,
  }),
  lang: (p) => ({
    vi: `lang="${p.value}" không hợp lệ; chỉ nhận "vi" hoặc "en". Đang dùng tiếng Việt.`,
    en: `lang="${p.value}" is not "vi" or "en"; using Vietnamese.`,
  }),
  'too-long': (p, w) => ({
    vi: `${w.vi}: ${p.what === 'prefix' ? 'prefix' : 'tên'} dài ${p.length} ký tự, quá giới hạn ${p.limit}; chỉ hiện ${p.limit} ký tự đầu.`,
    en: `${w.en}: ${p.what === 'prefix' ? 'prefix' : 'the name'} is ${p.length} characters, over the limit of ${p.limit}; showing the first ${p.limit}.`,
  }),
  'mourning-incomplete': () => ({
    vi: `Quốc tang cần đủ ba thuộc tính mourning-from, mourning-to (ngày dạng 2024-07-20, from ≤ to) và mourning-message.`,
    en: `mourning needs all of mourning-from, mourning-to (days like 2024-07-20, from ≤ to) and mourning-message.`,
  }),
  'object-key': (p, w) => ({
    vi: `${w.vi}: khoá "${p.key}" không dùng được; tệp dạng đối tượng chỉ có "commemorations" và "mourning".`,
    en: `${w.en}: key "${p.key}" is not used; an object file has only "commemorations" and "mourning".`,
  }),
  'not-a-list': (p, w) => ({
    vi: `${w.vi}: ${p.entry ? 'đặt mục trong ngoặc vuông [ ]: ' : ''}cần một danh sách JSON [ {"id", "name", "date"}, … ]; không hiển thị gì từ nguồn này.`,
    en: `${w.en}: ${p.entry ? 'wrap the entry in [ ]: ' : ''}expected a JSON list [ {"id", "name", "date"}, … ]; nothing from it is shown.`,
  }),
  'too-many': (p, w) => ({
    vi: `${w.vi}: danh sách có ${p.count} mục, quá giới hạn ${p.limit}; chỉ đọc ${p.limit} mục đầu.`,
    en: `${w.en}: ${p.count} entries, over the limit of ${p.limit}; reading the first ${p.limit}.`,
  }),
  'duplicate-id': (p, w) => ({
    vi: `${w.vi}: id "${p.id}" trùng với mục [${p.first}]; bỏ qua mục sau.`,
    en: `${w.en}: id "${p.id}" repeats entry [${p.first}]; leaving out the later one.`,
  }),
  'not-an-entry': (_, w) => ({
    vi: `${w.vi}: không phải một mục {"id", "name", "date"}; bỏ qua.`,
    en: `${w.en}: not an entry {"id", "name", "date"}; left out.`,
  }),
  'entry-dropped': (p, w) => ({
    vi: `${w.vi}: ${p.messageVi}. Sửa trường ${p.fields}; mục này chưa được hiển thị.`,
    en: `${w.en}: ${p.message}. Fix ${p.fields}; this entry is not shown until then.`,
  }),
  'field-dropped': (p, w) => ({
    vi: `${w.vi}: ${p.messageVi}. Mục vẫn hiển thị, bỏ qua trường ${p.fields}; hãy sửa lại.`,
    en: `${w.en}: ${p.message}. The entry still shows without ${p.fields}; fix it.`,
  }),
  'bad-mourning': (_, w) => ({
    vi: `${w.vi}: "mourning" cần dạng {"from": "2024-07-20", "to": "2024-07-21", "message": "…"} (from ≤ to).`,
    en: `${w.en}: "mourning" needs {"from": "2024-07-20", "to": "2024-07-21", "message": "…"} (from ≤ to).`,
  }),
  'more-problems': (p, w) => ({
    vi: `${w.vi}: còn ${p.more} lỗi khác trong danh sách này.`,
    en: `${w.en}: ${plural(p.more, 'more problem', 'more problems')} in this list.`,
  }),
  'json-syntax': (p, w) => ({
    vi: `${w.vi}: JSON sai cú pháp ở dòng ${p.line}, cột ${p.column} (${p.error}; ${p.quote ? `dùng dấu nháy kép thẳng " thay ${p.quote}` : 'thường là thiếu hoặc thừa dấu phẩy, ngoặc hay dấu nháy kép'}). Đang hiển thị ${p.shown} mục đọc được; sửa lỗi để hiện đủ.`,
    en: `${w.en}: JSON syntax error at line ${p.line}, column ${p.column} (${p.error}; ${p.quote ? `use straight double quotes ", not ${p.quote}` : 'usually a missing or extra comma, bracket or double quote'}). Showing the ${plural(p.shown, 'entry', 'entries')} that could be read; fix it to show them all.`,
  }),
  'json-too-long': (p, w) => ({
    vi: `${w.vi}: dài quá giới hạn ${p.limit} ký tự; chỉ đọc ${p.limit} ký tự đầu, hiện ${p.shown} mục trọn vẹn trong đó.`,
    en: `${w.en}: longer than the limit of ${p.limit} characters; reading the first ${p.limit}, showing the ${plural(p.shown, 'whole entry', 'whole entries')} in them.`,
  }),
  'script-type': (p) => ({
    vi: `thẻ <script${p.type ? ` type="${p.type}"` : ''}> bên trong phải có type="application/json"; thiếu nó, trình duyệt chạy danh sách như JavaScript và banner không đọc nó.`,
    en: `the <script${p.type ? ` type="${p.type}"` : ''}> inside needs type="application/json"; without it the browser runs the list as JavaScript and the banner does not read it.`,
  }),
  'stray-content': (p) => ({
    vi: `có nội dung trang nằm bên trong <${p.tag}> (<${p.child}>…): có lẽ thẻ được viết tự đóng "<${p.tag} … />". Cần thẻ đóng: <${p.tag} …></${p.tag}>. Nội dung đó vẫn được hiện bên dưới.`,
    en: `page content is inside <${p.tag}> (<${p.child}>…): probably a self-closing "<${p.tag} … />". It needs a closing tag: <${p.tag} …></${p.tag}>. That content is still shown below it.`,
  }),
  'no-source': () => ({
    vi: 'chưa có nguồn ngày kỷ niệm: thêm thuộc tính national, src="….json" hoặc một <script type="application/json">[…]</script> bên trong.',
    en: 'no source of commemorations: add the national attribute, src="….json" or a <script type="application/json">[…]</script> inside.',
  }),
  // `message` is the anniversary library's English, `messageVi` its Vietnamese (check.ts, where it is known).
  'national-unknown': (p) => ({
    vi: `national="${p.value}": ${p.messageVi}${p.hintVi ?? '.'} Xem bảng mã ở mục 4 của HUONG-DAN.md; đang bỏ qua danh mục quốc gia.`,
    en: `national="${p.value}": ${p.message}${p.hintEn ?? '.'} See the id table in the README; leaving the national catalog out.`,
  }),
  'src-failed': (p) => ({
    vi: `không tải được src="${p.src}" (${p.error}); kiểm tra đường dẫn và CORS. Vẫn hiện các nguồn khác; thử lại khi đặt lại src hoặc sang ngày mới.`,
    en: `could not load src="${p.src}" (${p.error}); check the URL and CORS. Showing the rest; retried when src is set again or on the next day.`,
  }),
  'no-name-en': (p) => ({
    vi: `"${p.id}" không có nameEn, cần cho lang="en"; bỏ qua mục này.`,
    en: `"${p.id}" has no nameEn, which lang="en" needs; leaving it out.`,
  }),
  'shows-nothing': (p) => ({
    vi: `không hiển thị được: ${p.message}`,
    en: `shows nothing: ${p.message}`,
  }),
  'other-version': (p) => ({
    vi: `đã được định nghĩa bởi @vnportal/widgets ${p.theirs ?? '(không rõ phiên bản)'}; bản này (${p.ours}) bị bỏ qua. Chỉ nạp script một lần.`,
    en: `already defined by @vnportal/widgets ${p.theirs ?? '(unknown version)'}; this copy (${p.ours}) is ignored. Load the script only once.`,
  }),
  'stats-site': (p) =>
    statsNeeds('site', p.value, {
      vi: 'tên trang đã đăng ký với dịch vụ đếm (chữ thường không dấu, số, "." và "-"), như site="so-gd.tinh.gov.vn"',
      en: 'the name the site has at the counter service (lower-case letters, digits, "." and "-"), like site="so-gd.tinh.gov.vn"',
    }),
  'stats-endpoint': (p) =>
    statsNeeds('endpoint', p.value, {
      vi: 'địa chỉ http(s) của dịch vụ đếm (không có ? hay #), như endpoint="https://thongke.tinh.gov.vn"',
      en: 'the http(s) address of the counter service (no ? or #), like endpoint="https://thongke.tinh.gov.vn"',
    }),
  'stats-unreachable': (p) => ({
    vi: `không lấy được số liệu từ ${p.url} (${p.error}): dịch vụ đếm ngừng, hoặc site hay endpoint sai. Vẫn hiện ${p.shown ? 'số liệu cũ' : 'nội dung dự phòng'}, thử lại sau ${p.refresh} giây.`,
    en: `could not get the figures from ${p.url} (${p.error}): the counter service is down, or site or endpoint is wrong. Showing the ${p.shown ? 'last figures' : 'fallback'}, trying again in ${p.refresh} s.`,
  }),
};

/** `<vnp-visit-stats>` without a usable site or endpoint: what to write; until then nothing is counted or shown. */
function statsNeeds(name: string, value: Params[string], what: Warning): Warning {
  const bad = String(value ?? '').trim() ? `${name}="${value}"` : '';
  return {
    vi: `${bad ? `${bad} không hợp lệ` : `thiếu thuộc tính ${name}`}: ghi ${what.vi}; chưa đếm và chưa hiện số liệu.`,
    en: `${bad ? `${bad} is not valid` : `the ${name} attribute is missing`}: give ${what.en}; nothing is counted or shown.`,
  };
}

/**
 * The attributes whose misspelling causes a problem: `unknown-attribute` for the misspelt name already says
 * "did you mean …", which is the fix, so the problem itself is not said too.
 */
const CAUSES: Partial<Record<ProblemCode, string[]>> = {
  'no-source': ['src', 'national'],
  'mourning-incomplete': ['mourning-from', 'mourning-to', 'mourning-message'],
  'stats-site': ['site'],
  'stats-endpoint': ['endpoint'],
};

/**
 * Whether the problem is already explained by another warning: one of the element's attributes (`names`, comma
 * separated) is not one of the problem's causes but is closest to one of them, so its warning suggests that one.
 */
export function explained(problem: Problem): boolean | undefined {
  const causes = CAUSES[problem.code];
  return (
    causes &&
    String(problem.names)
      .split(',')
      .some((name) => !causes.includes(name) && closest(name, causes))
  );
}

/** The sentences for a problem, Vietnamese and English, each saying what to fix. */
export function describeProblem(problem: Problem): Warning {
  return MESSAGES[problem.code](problem, where(problem));
}

/**
 * The console line: the element's tag, the Vietnamese sentence, then the English one; empty for a problem another
 * warning already explains (`explained`).
 */
export function formatWarning(tag: string, problem: Problem): string {
  if (explained(problem)) return '';
  const { vi, en } = describeProblem(problem);
  return `<${tag}> ${vi}\n(English) ${en}`;
}
