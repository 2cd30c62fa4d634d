import { type PropertyValues, ReactiveElement, unsafeCSS } from '@lit/reactive-element';
import type { BannerParts, Commemoration } from '@vnportal/anniversary';
// The unchecked cores: the lists and options here are already read and checked (read-json.ts, banner-options.ts),
// so the public functions' checks and English error sentences would only add bytes.
import { bannerPartsCore, chooseNational, mergeByIdCore, selectForBannerCore } from '@vnportal/anniversary/core';
import { formatDateCore, msUntilVietnamMidnightCore, todayInVietnamCore } from '@vnportal/calendar/core';
import { defineElement } from '../internal/define-element.js';
import { isParsed } from '../internal/parsed.js';
import type { Problem } from '../internal/problems.js';
import { BROKEN, type Mourning, parseJson, type ReadList, readListQuickly } from '../internal/read-json.js';
import { warnerFor } from '../internal/warner.js';
import styles from './anniversary-banner.css?inline';
import { BannerChangeEvent } from './banner-change-event.js';
import { type BannerOptions, bannerOptionsFromAttributes } from './banner-options.js';
import { catalog } from './national-data.js';

const TAG = 'vnp-anniversary-banner';
// The precise reader and the recovering one are chunks of their own: only a list with a mistake loads them.
const loadCheck = () => import('../internal/check.js');

/**
 * The last few results by their inputs, shared by every banner on the page: 20 banners with the same list and
 * attributes read the JSON and compute the line once.
 */
function memo<T>(): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    if (!cache.has(key)) {
      // A page has few inputs; one whose banners keep changing starts afresh now and then.
      if (cache.size > 7) cache.clear();
      cache.set(key, compute());
    }
    return cache.get(key)!;
  };
}

const reads = memo<ReadList | Promise<ReadList>>();
/** A list from JSON text: at once when it is plainly right, else after loading the reader that says what is wrong. */
function readText(text: string, from: string | undefined): ReadList | Promise<ReadList> {
  return reads(`${from ?? ''}\0${text}`, () => {
    const data = parseJson(text);
    if (data === BROKEN)
      return import('../internal/recover-json.js').then(({ recoverJson }) => recoverJson(text, from));
    return readListQuickly(data) ?? loadCheck().then(({ readList }) => readList(data, from));
  });
}

/**
 * A small number per list object, so a selection's key names the very lists it was computed from; 0 for none or
 * an empty one (every banner without inline JSON has an empty list of its own).
 */
const listIds = new WeakMap<object, number>();
let lists = 0;
const listId = (list: object | undefined) => {
  if (!list || (list as unknown[]).length === 0) return 0;
  if (!listIds.has(list)) listIds.set(list, ++lists);
  return listIds.get(list);
};

/** What a banner shows for its inputs: computed once for every banner with the same ones. */
interface Selection {
  _parts: BannerParts | undefined;
  /** The catalog ids `national` names that do not exist (the catalog is then left out). */
  _unknown: readonly unknown[];
  /** The national days chosen, before their English names are known (those load on demand). */
  _nationalCount: number;
  /** Site entries left out in English for want of a `nameEn`. */
  _noNameEn: string[];
  _error: string | undefined;
}
const select = memo<Selection>();

/** `national` takes ids, or stands alone for the whole catalog; `true`/`false` from script add or remove it. */
const nationalConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (value === true ? '' : value === false || value == null ? null : String(value)),
};

/** Banners whose line changed: their loops are paced together, so 20 banners cost one layout, not 20. */
const unpaced = new Set<VnpAnniversaryBanner>();

// Fields start with `_`: the build shortens them.
interface Dom {
  _kind: 'marquee' | 'static' | 'list' | 'mourning';
  _base: HTMLElement;
  _copies: HTMLElement[];
  _button: HTMLButtonElement | undefined;
  _text: string;
}

/**
 * The anniversary banner Vietnamese portals show ("Nhiệt liệt chào mừng kỷ niệm 113 năm ngày Bác Hồ
 * ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); …"), computed for today in Vietnam from the
 * commemorations in a child `<script type="application/json">`, a `src` URL and/or the national catalog.
 * Its own text (a fallback line for search engines and visitors without JavaScript) is replaced once it runs.
 *
 * @tagname vnp-anniversary-banner
 * @summary Anniversary banner for Vietnamese portals: red band, yellow text, scrolling, static or as a list.
 *
 * @csspart base - the band (background, padding, font).
 * @csspart text - the banner line; in marquee mode there are two copies, the second hidden from screen readers.
 * @csspart prefix - the opening words ("Nhiệt liệt chào mừng kỷ niệm").
 * @csspart item - one anniversary ("113 năm ngày Bác Hồ … (5/6/1911 - 5/6/2024)").
 * @csspart date - in list mode, the day an item falls on ("5/6/2024").
 * @csspart button - the pause/play button (marquee mode only).
 *
 * @cssprop [--vnp-banner-background=#da251d] - band colour (the flag's red).
 * @cssprop [--vnp-banner-color=#ff0] - text colour (the flag's yellow; 4.6:1 on the red).
 * @cssprop [--vnp-banner-font-family="Noto Sans", Roboto, "Segoe UI", Arial, Tahoma, sans-serif] - font stack; every font listed has Vietnamese diacritics.
 * @cssprop [--vnp-banner-font-size=1rem] - text size.
 * @cssprop [--vnp-banner-padding=0.4em 0.75em] - space inside the band.
 * @cssprop [--vnp-banner-gap=4em] - space between the end of the line and its repeat in marquee mode.
 * @cssprop [--vnp-list-background=transparent] - list mode background.
 * @cssprop [--vnp-list-color=inherit] - list mode text colour.
 * @cssprop [--vnp-mourning-background=#2b2b2b] - the mourning line's background.
 * @cssprop [--vnp-mourning-color=#fff] - the mourning line's text colour.
 *
 * @slot - page content found inside the element (a self-closing tag swallowed it) stays visible below.
 *
 * @fires {BannerChangeEvent} vnp-banner-change - the anniversaries shown changed; `event.anniversaries`, `event.text`.
 */
export class VnpAnniversaryBanner extends ReactiveElement {
  static override styles = unsafeCSS(styles);
  // Manual slotting: only stray page content is shown, never the fallback text or the JSON.
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };

  // Every property reflects, so the attributes are the one input the attribute rules read.
  static override properties = {
    date: { reflect: true },
    // Setting src again, even to the same URL, retries it after a failure.
    src: { reflect: true, hasChanged: () => true },
    national: { reflect: true, converter: nationalConverter },
    daysBefore: { type: Number, attribute: 'days-before', reflect: true },
    daysAfter: { type: Number, attribute: 'days-after', reflect: true },
    max: { type: Number, reflect: true },
    prefix: { reflect: true },
    roundOnly: { type: Boolean, attribute: 'round-only', reflect: true },
    order: { reflect: true },
    mode: { reflect: true },
    speed: { type: Number, reflect: true },
    lang: { reflect: true },
    _inline: { state: true },
    _remote: { state: true },
    _today: { state: true },
    _paused: { state: true },
    _namesEn: { state: true },
  };

  /** Registers the class as `tag` (default `vnp-anniversary-banner`); harmless when the tag is taken. */
  static define(tag = TAG, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, VnpAnniversaryBanner, registry, warnerFor(tag));
  }

  /** The day to count to, `YYYY-MM-DD` (1901–2099); unset, today in Vietnam, moving on at Vietnam's midnight. */
  declare date: string | null | undefined;
  /** URL of a JSON list (or `{ commemorations, mourning }`), fetched once (10 s timeout); set again to retry. */
  declare src: string | null | undefined;
  /** The national catalog: `true`/`""` all of it, or ids and groups (`"dang 30-4"`, `"-tranphu"` leaves one out). */
  declare national: boolean | string | null | undefined;
  /** Keep showing an anniversary this many days after it (0–366; default 7). */
  declare daysBefore: number | null | undefined;
  /** Start showing an anniversary this many days before it (0–366; default 30). */
  declare daysAfter: number | null | undefined;
  /** At most this many items (1–50; default 5). */
  declare max: number | null | undefined;
  /**
   * The words before the items; unset, "Nhiệt liệt chào mừng kỷ niệm" ("Celebrating" with `lang="en"`).
   * Shadows the legacy `Element.prefix` (an XML namespace prefix, always null on HTML elements).
   */
  declare prefix: string | null;
  /** Only round anniversaries: "năm tròn" (multiples of 10) and "năm lẻ 5". */
  declare roundOnly: boolean;
  /** `default` (pinned first, then by day) or `given` (the list's own order). */
  declare order: string | null | undefined;
  /** `marquee` (scrolls, with a pause button), `static` (the line as text) or `list` (one item per line). */
  declare mode: string | null | undefined;
  /** Marquee speed in pixels per second (1–1000; default 60). */
  declare speed: number | null | undefined;
  /** `vi` (default) or `en`: the banner's words and the pause button's label. */
  declare lang: string;

  /** @internal */
  declare private _inline: Commemoration[];
  /** @internal */
  declare private _remote: ReadList | undefined;
  /** @internal */
  declare private _today: string;
  /** @internal */
  declare private _paused: boolean;
  /** @internal */
  declare private _namesEn: Readonly<Record<string, string>> | undefined;
  private _inlineMourning: Mourning | undefined;
  private _inlineRead = false;
  // A JSON child with text, even one still being read: the banner has a source.
  private _hasInline = false;
  private _stray: Element[] = [];
  private _options: BannerOptions | undefined;
  private _parts: BannerParts | undefined;
  private _mourning: Mourning | undefined;
  private _dom: Dom | undefined;
  private _shown = '';
  private _loaded: string | undefined;
  private _failed = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _warn = warnerFor(this.localName);
  private _children = new MutationObserver(() => this._readInline());
  // The line's width changes when a hidden banner is shown, the page resizes or a web font arrives; the observer
  // is told it after layout, so reading it there costs nothing.
  private _resize = new ResizeObserver((entries) => this._pace(entries[0]!.borderBoxSize[0]!.inlineSize));

  constructor() {
    super();
    this._paused = false;
    this._inline = [];
    this._today = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The parser may add the JSON child after the element is upgraded, and a CMS may edit it later.
    this._children.observe(this, { childList: true, subtree: true, characterData: true });
    this._readInline();
    this._tick();
    if (this._dom?._button) this._resize.observe(this._dom._copies[0]!);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._children.disconnect();
    this._resize.disconnect();
    clearTimeout(this._timer);
  }

  /** Today in Vietnam, and again at each of Vietnam's midnights for a page left open (retrying a failed src). */
  private _tick = (): void => {
    const today = todayInVietnamCore();
    if (this._today && today !== this._today && this._failed) this._loaded = undefined;
    this._today = today;
    clearTimeout(this._timer);
    this._timer = setTimeout(this._tick, msUntilVietnamMidnightCore());
  };

  /** Reads the child JSON once the parser has finished it, and says what else a webmaster left inside. */
  private _readInline(): void {
    const stray: Element[] = [];
    const warnings: Problem[] = [];
    let lists: ReadList[] = [];
    let complete = isParsed(this);
    this._hasInline = false;
    for (const child of this.children) {
      if (child.localName !== 'script') {
        stray.push(child);
        continue;
      }
      const type = child.getAttribute('type');
      if (type?.trim().toLowerCase() !== 'application/json') {
        warnings.push({ code: 'script-type', type: type ?? undefined });
        // A list meant as the source: its warning explains why there is none, so "no source" is not said too.
        this._hasInline = true;
        continue;
      }
      // Its text may be only the first network chunk until something follows it.
      if (!isParsed(child)) {
        complete = false;
        continue;
      }
      const text = child.textContent ?? '';
      if (!text.trim()) continue;
      this._hasInline = true;
      const read = readText(text, undefined);
      if (!(read instanceof Promise)) lists.push(read);
      else {
        const index = lists.length;
        lists.push({ list: [], mourning: undefined, problems: [] });
        void read.then((later) => {
          lists[index] = later;
          this._applyInline(lists, stray, warnings);
        });
      }
    }
    if (!complete) {
      lists = [];
      if (!this._inlineRead) document.addEventListener('DOMContentLoaded', () => this._readInline(), { once: true });
      return;
    }
    this._applyInline(lists, stray, warnings);
  }

  private _applyInline(lists: ReadList[], stray: Element[], warnings: Problem[]): void {
    this._inlineRead = true;
    for (const w of warnings) this._warn(w);
    for (const read of lists) for (const w of read.problems) this._warn(w);
    if (stray.length) this._warn({ code: 'stray-content', tag: this.localName, child: stray[0]!.localName });
    this._stray = stray;
    // One list is kept as read, so banners with the same JSON share it (and its selection).
    this._inline = lists.length === 1 ? lists[0]!.list : lists.flatMap((read) => read.list);
    this._inlineMourning = lists.find((read) => read.mourning)?.mourning;
    this.requestUpdate();
  }

  private async _load(src: string): Promise<void> {
    this._loaded = src;
    this._failed = false;
    try {
      // The streaming reader is a chunk of its own: only a page with a src downloads it.
      const { fetchText } = await import('../internal/fetch-json.js');
      const text = await fetchText(new URL(src, document.baseURI).href);
      const read = await readText(text, src);
      if (src !== this._loaded) return;
      for (const w of read.problems) this._warn(w);
      this._remote = read;
    } catch (error) {
      if (src !== this._loaded) return;
      this._failed = true;
      this._remote = undefined;
      this._warn({ code: 'src-failed', src, error: (error as Error).message });
    }
  }

  private async _loadEnglish(): Promise<void> {
    const { namesEn } = await import('./national-en-data.js');
    this._namesEn = namesEn;
  }

  /** Reads the attributes (warning about bad values, using the defaults) and picks what to show. */
  private _select(changed: PropertyValues<this>): void {
    const attrs: Record<string, string> = {};
    for (const a of this.attributes) attrs[a.name] = a.value;
    const { options, warnings } = bannerOptionsFromAttributes(attrs);
    for (const w of warnings) this._warn(w);
    this._options = options;
    if (options.src && (options.src !== this._loaded || (changed.has('src') && this._failed)))
      void this._load(options.src);
    if (!options.src) {
      this._loaded = undefined;
      this._remote = undefined;
    }
    const today = options.date ?? this._today;
    const mourning = [options.mourning, this._inlineMourning, this._remote?.mourning].find(
      (m) => m && m.from <= today && today <= m.to,
    );
    this._mourning = mourning;
    this._parts = undefined;
    if (mourning) return;
    // national="false" has its own warning, and a misspelt src or national its "did you mean" (messages.ts).
    if (!this._hasInline && !options.src && !('national' in attrs) && this._inlineRead) {
      this._warn({ code: 'no-source', names: Object.keys(attrs).join() });
    }
    // Banners with the same options, day and lists (the same read of the same JSON) share one selection.
    const lists = [this._inline, this._remote?.list, this._namesEn].map(listId);
    const selection = select(JSON.stringify([options, today, lists]), () => this._compute(options, today));
    if (selection._unknown.length) {
      // An unknown id leaves the catalog out; the precise reader says which id and the closest one.
      const spec = options.national!;
      const value = this.getAttribute('national') ?? '';
      void loadCheck().then(({ nationalMessage }) =>
        this._warn({ code: 'national-unknown', value, ...nationalMessage(spec, catalog, value) }),
      );
    }
    if (options.lang === 'en' && selection._nationalCount && !this._namesEn) void this._loadEnglish();
    for (const id of selection._noNameEn) this._warn({ code: 'no-name-en', id });
    if (selection._error !== undefined) this._warn({ code: 'shows-nothing', message: selection._error });
    this._parts = selection._parts;
  }

  /** What the banner shows for these options and lists (no warnings said: `_select` says them for each banner). */
  private _compute(options: BannerOptions, today: string): Selection {
    const en = options.lang === 'en';
    const selection: Selection = {
      _parts: undefined,
      _unknown: [],
      _nationalCount: 0,
      _noNameEn: [],
      _error: undefined,
    };
    let national: Commemoration[] = [];
    if (options.national) {
      const chosen = chooseNational(options.national, catalog);
      selection._unknown = chosen.unknown;
      if (!chosen.unknown.length) national = chosen.days;
      selection._nationalCount = national.length;
      if (en && national.length) {
        const names = this._namesEn;
        national = names ? national.map((c) => (names[c.id] ? { ...c, nameEn: names[c.id] } : c)) : [];
      }
    }
    const local = [...this._inline, ...(this._remote?.list ?? [])];
    const ids = new Set<string>();
    // Inline entries win over src entries with the same id, and both over the catalog's.
    const list = mergeByIdCore(
      national,
      local.filter((c) => !ids.has(c.id) && ids.add(c.id)),
    ).filter((c) => !en || c.nameEn || selection._noNameEn.push(c.id) < 0);
    try {
      // The options carry the window, max, order, prefix and lang under the cores' own names.
      const items = selectForBannerCore(list, { ...options, today });
      if (items.length) selection._parts = bannerPartsCore(items, options);
    } catch (error) {
      selection._error = (error as Error).message;
    }
    return selection;
  }

  /** Paces every banner drawn in this turn: every width first (one layout), then every duration. */
  private static _paceAll(): void {
    const banners = [...unpaced];
    unpaced.clear();
    // Reading a width after writing a duration would lay the page out again, once per banner.
    const widths = banners.map((banner) => (banner._dom?._button && banner._dom._copies[0]!.offsetWidth) || 0);
    for (const [i, banner] of banners.entries()) banner._pace(widths[i]!);
  }

  /** The loop's duration follows the line's width, so `speed` is pixels per second whatever the text. */
  private _pace(width: number): void {
    // A hidden banner has no width yet: keep the stylesheet's default until it is shown.
    if (width && this._dom?._button) {
      this._dom._copies[0]!.parentElement!.style.setProperty('--d', `${width / (this._options?.speed ?? 60)}s`);
    }
  }

  private _toggle(): void {
    this._paused = !this._paused;
  }

  /**
   * Writes the shadow DOM: built once per kind and patched in place afterwards, so the pause button keeps
   * keyboard focus and the loop keeps running while only a label or class changes. Names go in as text nodes.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // After super.update: properties set from script have been reflected to the attributes read here.
    this._select(changed);
    const parts = this._parts;
    const mourning = this._mourning;
    const options = this._options!;
    // A mourning period without its message shows nothing: never the festive line on its days.
    if (!parts && !mourning?.message) {
      this._render(undefined);
      return;
    }
    const kind = mourning ? 'mourning' : options.mode;
    let dom = this._dom;
    if (dom?._kind !== kind) dom = this._render(kind);
    if (!dom) return;
    // Screen readers pronounce the line in its own language, whatever the page's.
    dom._base.lang = mourning || options.lang === 'vi' ? 'vi' : 'en';
    if (dom._button) {
      const en = options.lang === 'en';
      const label = en ? (this._paused ? 'Resume' : 'Pause') : this._paused ? 'Tiếp tục' : 'Tạm dừng';
      dom._base.className = this._paused ? 'm p' : 'm';
      dom._button.setAttribute('aria-label', label);
      dom._button.title = label;
    }
    const text = mourning ? mourning.message : parts!.text;
    if (dom._text !== text) {
      dom._text = text;
      for (const copy of dom._copies)
        copy.replaceChildren(...(mourning ? [mourning.message] : contentNodes(parts!, kind)));
    }
  }

  /** Builds the shadow DOM for one kind of line (or empties it), keeping stray page content visible. */
  private _render(kind: Dom['_kind'] | undefined): Dom | undefined {
    const slot = document.createElement('slot');
    const nodes: Node[] = [];
    let dom: Dom | undefined;
    if (kind) {
      const base = element('div', { part: 'base' });
      const copies = [element(kind === 'list' ? 'ul' : 'span', { part: 'text' })];
      let button: HTMLButtonElement | undefined;
      if (kind === 'mourning') base.className = 'q';
      if (kind === 'list') base.className = 'l';
      if (kind !== 'marquee') base.append(copies[0]!);
      else {
        copies[0]!.className = 'c';
        // The second copy closes the loop; screen readers skip it, so they read the line once.
        copies.push(element('span', { part: 'text', class: 'c', 'aria-hidden': 'true' }));
        const track = element('div', { class: 't' });
        const view = element('div', { class: 'v' });
        track.append(...copies);
        view.append(track);
        button = element('button', { part: 'button', type: 'button' });
        button.addEventListener('click', () => this._toggle());
        base.append(view, button);
      }
      nodes.push(base);
      dom = { _kind: kind, _base: base, _copies: copies, _button: button, _text: '' };
    }
    if (this._stray.length) {
      nodes.push(slot);
      slot.assign(...this._stray);
    }
    this.renderRoot.replaceChildren(...nodes);
    this._resize.disconnect();
    if (dom?._button) this._resize.observe(dom._copies[0]!);
    this._dom = dom;
    return dom;
  }

  protected override updated(): void {
    // After every banner updated in this turn: banners upgraded together are laid out once for all of them.
    if (!unpaced.size) queueMicrotask(VnpAnniversaryBanner._paceAll);
    unpaced.add(this);
    const text = this._mourning?.message ?? this._parts?.text ?? '';
    if (text !== this._shown) {
      this._shown = text;
      // A copy for each event: banners with the same inputs share one computed line (and its anniversaries), and
      // a listener that edits what it is given must not change what another banner shows or reports.
      this.dispatchEvent(
        new BannerChangeEvent(structuredClone(this._parts?.items.map((i) => i.anniversary) ?? []), text),
      );
    }
  }
}

/** The line as nodes: `<span part="prefix">…</span> <span part="item">…</span>; …`, or list items with their day. */
function contentNodes(parts: BannerParts, kind: Dom['_kind']): (Node | string)[] {
  if (kind === 'list') {
    return parts.items.map((item) => {
      const li = element('li', { part: 'item' });
      // A date known only by its month counts for the whole month: its first and last day.
      const { day, lastDay, commemoration } = item.anniversary;
      li.append(
        element(
          'time',
          // A solar month is written as HTML's month string (`2026-12`); a lunar month, which straddles two solar
          // ones, by its first day.
          { part: 'date', datetime: lastDay && commemoration.calendar !== 'lunar' ? day.slice(0, 7) : day },
          formatDateCore(day) + (lastDay ? ` - ${formatDateCore(lastDay)}` : ''),
        ),
        item.text,
      );
      return li;
    });
  }
  const nodes: (Node | string)[] = [];
  if (parts.prefix) nodes.push(element('span', { part: 'prefix' }, parts.prefix), ' ');
  parts.items.forEach((item, i) => {
    if (i) nodes.push(parts.separator);
    nodes.push(element('span', { part: 'item' }, item.text));
  });
  return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  if (text !== undefined) node.textContent = text;
  return node;
}

declare global {
  interface HTMLElementTagNameMap {
    'vnp-anniversary-banner': VnpAnniversaryBanner;
  }
}
