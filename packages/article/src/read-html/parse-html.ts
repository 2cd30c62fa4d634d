import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { sanitize } from 'hast-util-sanitize';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { argumentError } from '../errors.js';
import { sanitizeSchema } from '../sanitize-schema.js';
import { HTML_LIMITS } from './limits.js';
import { keepPresentation } from './presentation.js';

type Parse5Node = DefaultTreeAdapterMap['node'];

/**
 * CMS HTML parsed the way browsers parse it (parse5), checked against `HTML_LIMITS`, its presentation hints kept
 * (`keepPresentation`), then cleaned with `sanitizeSchema`.
 * @throws ArticleError when the HTML is not a string, is longer than `maxLength` or nests deeper than `maxDepth`.
 */
export function parseCleanHtml(html: unknown): Root {
  if (typeof html !== 'string') throw argumentError('html', html, 'is not a string of HTML');
  if (html.length > HTML_LIMITS.maxLength) {
    throw argumentError('html', html, `is longer than the limit of ${HTML_LIMITS.maxLength} characters`);
  }
  // parse5 builds the tree with its own stack (no recursion); the depth is checked before anything recursive runs.
  const fragment = parseFragment(html, { scriptingEnabled: false });
  const depth = deepestNesting(fragment);
  if (depth > HTML_LIMITS.maxDepth) {
    throw argumentError(
      'html',
      html,
      `nests elements ${depth} deep, past the limit of ${HTML_LIMITS.maxDepth} (HTML_LIMITS.maxDepth)`,
    );
  }
  const tree = fromParse5(fragment) as Root;
  keepPresentation(tree);
  return sanitize(tree, sanitizeSchema) as Root;
}

/** The deepest element nesting in a parse5 tree, walked with an explicit stack. */
function deepestNesting(root: Parse5Node): number {
  let deepest = 0;
  const stack: [Parse5Node, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > deepest) deepest = depth;
    // A <template>'s children live in its content fragment.
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) if ('tagName' in child) stack.push([child, depth + 1]);
  }
  return deepest;
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
