import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

/**
 * The little the cleaner reads from a parsed HTML tree, whichever parser built it: parse5's default tree in Node,
 * the browser's own DOM in a browser. Both parse by the HTML standard, so both give the cleaner the same tree.
 */
export interface HtmlSource<N> {
  /** 1 for an element, 3 for text; anything else (comments) is skipped. */
  kind(node: N): number;
  /** Lower case for HTML elements, as the parser wrote it. */
  tagName(element: N): string;
  /** The attribute's value, `undefined` when the element has none by that (lower-case) name. */
  attribute(element: N, name: string): string | undefined;
  children(node: N): ArrayLike<N>;
  /** The first child and the next sibling, where the tree links them (the DOM): walked without a list a node. */
  firstChild?: (node: N) => N | null;
  nextSibling?: (node: N) => N | null;
  text(node: N): string;
  /** A `<template>`'s content fragment (its children live there), else `undefined`. */
  templateContent(element: N): N | undefined;
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

/** parse5's default tree adapter. */
export const parse5Source: HtmlSource<Parse5Node> = {
  kind: (node) => ('tagName' in node ? 1 : node.nodeName === '#text' ? 3 : 8),
  tagName: (element) => (element as Parse5Element).tagName,
  attribute(element, name) {
    for (const attr of (element as Parse5Element).attrs) if (attr.name === name && !attr.prefix) return attr.value;
    return undefined;
  },
  children: (node) => ('childNodes' in node ? node.childNodes : []),
  text: (node) => (node as DefaultTreeAdapterMap['textNode']).value,
  templateContent: (element) => ('content' in element ? element.content : undefined),
};

/** `html` parsed by parse5 as a fragment (a `<template>`'s content, as `innerHTML` parses it), scripting off. */
export function parseWithParse5(html: string): Parse5Node {
  return parseFragment(html, { scriptingEnabled: false });
}

/** The browser's DOM. */
export const domSource: HtmlSource<Node> = {
  kind: (node) => node.nodeType,
  tagName: (element) => (element as Element).localName,
  attribute: (element, name) => (element as Element).getAttribute(name) ?? undefined,
  children: (node) => node.childNodes,
  firstChild: (node) => node.firstChild,
  nextSibling: (node) => node.nextSibling,
  text: (node) => (node as Text).data,
  templateContent: (element) =>
    (element as Element).localName === 'template' && 'content' in element
      ? (element as HTMLTemplateElement).content
      : undefined,
};

/**
 * `html` parsed by the browser's own parser into an inert `<template>` (no script runs, nothing loads), or
 * `undefined` where there is none (Node, a worker) or it refuses (a Trusted Types policy) or the markup holds
 * `<select>`, whose parsing browsers have changed ahead of parse5, a nested `<template>`, or a table part before
 * any `<table>` (see `startsInTableMode`).
 */
export function parseNatively(html: string): Node | undefined {
  if (typeof document === 'undefined' || typeof document.createElement !== 'function') return undefined;
  if (/<select/i.test(html) || startsInTableMode(html) || /<template[\s/>]/i.test(html)) return undefined;
  try {
    // One template, reused: a fresh one a call costs more than the parse of a 5 KB article (its garbage).
    template ??= document.createElement('template');
    template.innerHTML = html;
    return template.content;
  } catch {
    return undefined;
  }
}

let template: HTMLTemplateElement | undefined;

const TABLE_PART = /<(?:caption|colgroup|col|tbody|tfoot|thead|tr|td|th)[\s/>]/i;

/**
 * Whether a table part (`<tr>`, `<td>`, `<tbody>`, …) may come before any `<table>`: a template's first start tag
 * then puts its parser in a table mode, where Chromium and parse5 disagree on stray end tags
 * (`<tr><b></tbody>a` keeps "a" in one and not the other). Such markup is read by parse5 alone.
 */
function startsInTableMode(html: string): boolean {
  const part = html.search(TABLE_PART);
  if (part === -1) return false;
  const table = html.search(/<table[\s/>]/i);
  return table === -1 || part < table;
}

/** Lets the browser free what `parseNatively` parsed, once it has been read. */
export function releaseNative(fragment: Node): void {
  (fragment as DocumentFragment).replaceChildren();
}
