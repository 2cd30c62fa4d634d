import fc from 'fast-check';

/** Any code point (lone surrogates and controls included), weighted towards Vietnamese letters and marks. */
const unit = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...'aăâeêioôơuưyđĐAĂÂƯƠàáảãạằắẳẵặầấẩẫậòóỏõọờớởỡợùúủũụừứửữựỳýỷỹỵ \u00a0-_.,…“”0123456789'.split(''),
      '\u0300', // combining grave, as NFD text carries tones
      '\u0301',
      '\u0309',
      '\u0323',
      '\u0306',
      '\u0302',
      '\u031b',
    ),
  },
);

/** Strings of any Unicode text, fast to generate (fast-check's `unit: "binary"` is slow to start). */
export const anyText = fc.string({ unit, maxLength: 40 });

const SOUP_TAGS = (
  'p br div section article header footer main aside center h1 h2 h3 h4 h5 h6 ul ol li blockquote figure ' +
  'figcaption img table caption thead tbody tfoot tr th td a strong b em i u s strike del ins sub sup code pre ' +
  'span font small mark cite q abbr script style template noscript iframe video source svg math form input ' +
  'button textarea audio title dl dt dd details summary o:p image search'
).split(' ');
const SOUP_ATTRIBUTES = [
  ' style="text-align:center"',
  ' style="font-weight:bold;font-style:italic"',
  ' style="font-weight:normal"',
  ' style="text-decoration:underline line-through"',
  ' class="caption"',
  ' class=" sapo x"',
  ' align="center"',
  ' align="CENTER"',
  ' href="HTTP://a.example/x"',
  ' href=" javascript:alert(1)"',
  ' href="java\tscript:x"',
  ' href=""',
  ' href="ht tp://x"',
  ' src="x.jpg"',
  ' src=""',
  ' src="data:image/png,x"',
  ' data-src="/lazy.jpg"',
  ' srcset="a.jpg 480w, b.jpg 1024w"',
  ' colspan="2"',
  ' colspan="  "',
  ' start="  "',
  ' start="3"',
  ' value="5"',
  ' width=" 100 "',
  ' height="0x10"',
  ' title=" Clip "',
  ' src="https://www.youtube.com/embed/abcdefgh"',
  ' alt="Ảnh\u0001"',
  ' onerror="alert(1)"',
];
const SOUP_TEXT = [
  'a',
  ' b ',
  'Ảnh: Ngọc Hà',
  '1. Kết quả',
  '\u00a0',
  '  \n ',
  'Theo Báo Ninh Bình',
  '&nbsp;',
  '&lt;x&gt;',
  'e\u0301',
  '\r\n',
];

/**
 * Tag soup as CMSs and attackers write it: portal tags, stripped and presentational ones, stray end tags, the
 * attributes the reader reads (URLs in every case and scheme, styles, classes, numbers) and text in NFD.
 */
export const tagSoup = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...SOUP_TAGS), fc.array(fc.constantFrom(...SOUP_ATTRIBUTES), { maxLength: 3 }))
        .map(([tag, attributes]) => `<${tag}${attributes.join('')}>`),
      fc.constantFrom(...SOUP_TAGS).map((tag) => `</${tag}>`),
      fc.constantFrom(...SOUP_TEXT),
      anyText,
      fc.constantFrom('<!-- c -->', '<img src=/i.jpg>', '<![CDATA[x]]>'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
