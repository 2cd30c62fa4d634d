import type { Schema } from 'hast-util-sanitize';
import { IMAGE_SCHEMES, LINK_SCHEMES } from './safe-url.js';

/**
 * The allow-list `articleFromHtml` sanitises CMS HTML with (a `hast-util-sanitize` schema). Anything not listed is
 * dropped: unknown elements are unwrapped (their text kept), the elements in `strip` go with their content, and
 * every attribute not listed goes, including all `on*` handlers, `style`, `srcset`, `formaction` and `xlink:href`.
 */
export const sanitizeSchema: Schema = {
  tagNames: (
    'p br div section article header footer main aside center h1 h2 h3 h4 h5 h6 ul ol li blockquote ' +
    'figure figcaption img table caption thead tbody tfoot tr th td a strong b em i u s strike del ' +
    'ins sub sup code pre span font small mark cite q abbr'
  ).split(' '),
  attributes: {
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
    li: ['value'],
    td: ['colSpan', 'rowSpan'],
    th: ['colSpan', 'rowSpan'],
    // Read only to recognise captions (centred, or classed "caption"); never copied into the article.
    '*': [['align', 'left', 'center', 'right', 'justify'], 'className'],
  },
  // The same schemes the model and articleToHtml accept, so the three checks cannot drift apart.
  protocols: {
    href: [...LINK_SCHEMES],
    src: [...IMAGE_SCHEMES],
  },
  required: {},
  ancestors: {
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    td: ['table'],
    th: ['table'],
    caption: ['table'],
    li: ['ul', 'ol'],
    figcaption: ['figure'],
  },
  // Removed together with everything inside them.
  strip: (
    'script style template noscript iframe frame frameset object embed applet svg math form input ' +
    'button select option textarea video audio canvas title head meta link base xmp plaintext ' +
    'noembed noframes'
  ).split(' '),
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
