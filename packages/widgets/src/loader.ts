import { ELEMENTS } from './elements.js';
import { otherVersion } from './internal/define-element.js';
import { couldNotLoad, createWarner } from './internal/warn.js';

/**
 * The one script tag (dist/cdn/vnportal-widgets.js): watches the page and, the first time one of our tags
 * appears, imports that element's chunk from the loader's own folder (CDN or self-hosted alike).
 * A second copy of the loader on the page does nothing; another version's elements keep their definitions.
 */
const LOADER_KEY = Symbol.for('vnportal.widgets.loader');
/**
 * The shared chunks each element file imports (`{ "anniversary-banner.js": ["chunk-….js"] }`): the build names
 * them by a hash of their content, so scripts/link-chunks.mjs writes them in here, in place of this
 * placeholder, after the build. Run from the sources, the list is empty and the elements' own imports fetch them.
 */
const CHUNKS: Readonly<Record<string, readonly string[]>> = { '{{vnp-chunks}}': [] };
const scope = globalThis as { [LOADER_KEY]?: unknown };

if (!scope[LOADER_KEY]) {
  // Chunks sit beside this file. currentScript is null when it runs as a module (<script type="module" src>):
  // then its own tag is the one whose URL names vnportal's widgets (`vnportal-widgets.js`, `@vnportal/widgets@0`;
  // not, say, a widgets.js of another site or another vnportal script); without one (a bundler, a renamed
  // copy), the page's folder.
  const src = (
    (document.currentScript as HTMLScriptElement | null) ||
    document.querySelector<HTMLScriptElement>('script[src*=vnportal][src*=widgets]')
  )?.src;
  // A URL whose last segment is no .js file names the package (https://cdn.jsdelivr.net/npm/@vnportal/widgets@0,
  // which jsDelivr and unpkg answer with this file): the chunks are in its dist/cdn/.
  // Only the path is read: a host such as cdn.js.org names no file.
  const base = new URL(
    !src || /\.m?js$/i.test(new URL(src).pathname) ? '.' : src.replace(/[?#].*/, '').replace(/\/?$/, '/dist/cdn/'),
    src || document.baseURI,
  );
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  // Every file an element needs, fetched at once: its own and the shared chunks it imports, which the browser
  // would otherwise request only once it had read the element's file (one more round trip before the banner).
  // A chunk that fails also fails the element's import, which says so.
  const loadWithChunks = (file: string) => {
    for (const chunk of CHUNKS[file] ?? []) load(chunk).catch(() => {});
    return load(file);
  };
  // One warner per element, for the elements' chunks too (internal/warner.ts): the sentences come from this
  // folder, under a new URL after a failed load (a browser keeps a failed import of a URL failed).
  const warnerFor = (tag: string) => createWarner(tag, (retry) => load(retry ? `messages.js?${retry}` : 'messages.js'));
  scope[LOADER_KEY] = warnerFor;
  const started = new Set<string>();
  const tags = Object.keys(ELEMENTS);
  const selector = tags.join(',');

  const start = (tag: string): void => {
    if (started.has(tag)) return;
    started.add(tag);
    const warn = warnerFor(tag);
    const existing = customElements.get(tag);
    if (existing) {
      const problem = otherVersion(tag, existing);
      if (problem) warn(problem);
      return;
    }
    loadWithChunks(ELEMENTS[tag]!).catch((error: Error) => {
      started.delete(tag);
      // The messages chunk is likely unreachable too: say it from here.
      console.warn(couldNotLoad(tag, ELEMENTS[tag]!, error));
    });
  };

  // A property set from script before the element is defined would meet Element.prefix (a getter without a
  // setter) and be lost; an own property keeps it until the element's class takes it over.
  const keepPrefix = (el: Element): void => {
    if (Object.hasOwn(el, 'prefix') || customElements.get(el.localName)) return;
    Object.defineProperty(el, 'prefix', {
      configurable: true,
      enumerable: true,
      get: () => el.getAttribute('prefix'),
      set(value) {
        Object.defineProperty(el, 'prefix', { configurable: true, enumerable: true, writable: true, value });
      },
    });
  };

  const found = (el: Element): void => {
    keepPrefix(el);
    start(el.localName);
  };

  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (tags.includes(node.localName)) found(node);
        if (node.firstElementChild) for (const el of node.querySelectorAll(selector)) found(el);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  for (const el of document.querySelectorAll(selector)) found(el);
}
