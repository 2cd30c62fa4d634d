import type { Element, Root } from 'hast';
import { argumentError } from '../errors.js';
import { cleanTree, deepestNesting } from './clean-tree.js';
import {
  domSource,
  type HtmlSource,
  parse5Source,
  parseNatively,
  parseWithParse5,
  releaseNative,
} from './html-source.js';
import { HTML_LIMITS } from './limits.js';

/**
 * Past this depth the browser's tree is not trusted: Blink stops nesting at 512 open elements and puts deeper ones
 * beside their parent, so the depth limit is checked on parse5's tree instead.
 */
const NATIVE_DEPTH_TRUSTED = 400;

/** Which parser read the HTML: the browser's own where there is one, parse5 elsewhere (or when asked). */
export type HtmlParser = 'native' | 'parse5';

/**
 * CMS HTML parsed the way browsers parse it, checked against `HTML_LIMITS`, and cleaned to what `sanitizeSchema`
 * allows in the same walk (`clean-tree.ts`), its presentation hints kept. In a browser the browser's own parser
 * reads it (as DOMPurify does); in Node, or when the browser's tree cannot be trusted, parse5: both follow the
 * HTML standard, and a Chromium test checks that they give the same articles.
 * @throws ArticleError when the HTML is not a string, is longer than `maxLength` or nests deeper than `maxDepth`.
 */
export function parseCleanHtml(html: unknown, parser?: HtmlParser): Root {
  if (typeof html !== 'string') throw argumentError('html', html, 'is not a string of HTML');
  if (html.length > HTML_LIMITS.maxLength) {
    throw argumentError('html', html, `is longer than the limit of ${HTML_LIMITS.maxLength} characters`);
  }
  const native = parser === 'parse5' ? undefined : parseNatively(html);
  if (native !== undefined) {
    const clean = cleanTree(domSource, native, HTML_LIMITS.maxDepth);
    releaseNative(native);
    if (clean.depth <= NATIVE_DEPTH_TRUSTED) return clean.root;
  }
  const fragment = parseWithParse5(html);
  return checkedClean(parse5Source, fragment, html);
}

function checkedClean<N>(source: HtmlSource<N>, fragment: N, html: string): Root {
  const clean = cleanTree(source, fragment, HTML_LIMITS.maxDepth);
  if (clean.depth <= HTML_LIMITS.maxDepth) return clean.root;
  // The walk stopped at the limit; the depth named in the error is measured without recursion.
  const depth = deepestNesting(source, fragment);
  throw argumentError(
    'html',
    html,
    `nests elements ${depth} deep, past the limit of ${HTML_LIMITS.maxDepth} (HTML_LIMITS.maxDepth)`,
  );
}

/** Every element under `node` in document order, walked with an explicit stack; `skip` prunes a subtree. */
export function elementsUnder(node: Root | Element, skip: (el: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  const stack = [...node.children].reverse();
  for (let child = stack.pop(); child; child = stack.pop()) {
    if (child.type !== 'element' || skip(child)) continue;
    found.push(child);
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
  }
  return found;
}
