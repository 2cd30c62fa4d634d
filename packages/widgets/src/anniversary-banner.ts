import { type PropertyValues, ReactiveElement, unsafeCSS } from '@lit/reactive-element';
import {
  type BannerParts,
  bannerParts,
  type Commemoration,
  nationalCommemorationsEnLite,
  nationalCommemorationsLite,
  parseCommemorations,
  selectForBanner,
} from '@vnportal/anniversary';
import { msUntilVietnamMidnight, todayInVietnam } from '@vnportal/calendar';
import { BannerChangeEvent } from './banner-change-event.js';

const FETCH_TIMEOUT_MS = 10_000;

/**
 * The anniversary banner Vietnamese portals show ("Nhiệt liệt chào mừng kỷ niệm 113 năm ngày Bác Hồ
 * ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); …"), computed for today in Vietnam from the
 * commemorations in a child `<script type="application/json">`, a `src` URL and/or the national catalog.
 *
 * @tagname vnp-anniversary-banner
 * @summary Anniversary banner for Vietnamese portals: red band, yellow text, scrolling or static.
 *
 * @csspart base - the band (background, padding, font).
 * @csspart text - the banner line; in marquee mode there are two copies, the second hidden from screen readers.
 * @csspart prefix - the opening words ("Nhiệt liệt chào mừng kỷ niệm").
 * @csspart item - one anniversary ("113 năm ngày Bác Hồ … (5/6/1911 - 5/6/2024)").
 * @csspart button - the pause/play button (marquee mode only).
 *
 * @cssprop [--vnp-banner-background=#da251d] - band colour (the flag's red).
 * @cssprop [--vnp-banner-color=#ff0] - text colour (the flag's yellow; 4.6:1 on the red).
 * @cssprop [--vnp-banner-font-family="Noto Sans", Roboto, "Segoe UI", Arial, Tahoma, sans-serif] - font stack; every font listed has Vietnamese diacritics.
 * @cssprop [--vnp-banner-font-size=1rem] - text size.
 * @cssprop [--vnp-banner-padding=0.4em 0.75em] - space inside the band.
 * @cssprop [--vnp-banner-gap=4em] - space between the end of the line and its repeat in marquee mode.
 *
 * @fires {BannerChangeEvent} vnp-banner-change - the anniversaries shown changed; `event.anniversaries`, `event.text`.
 */
export class VnpAnniversaryBanner extends ReactiveElement {
  // One line, as written: nothing minifies it, and every byte ships in the script-tag file. A constant string
  // through unsafeCSS rather than css``, whose interpolation checks (unused here) cost the file 140 B gzip.
  static override styles = unsafeCSS(
    ':host{display:block}:host([hidden]){display:none}[part=base]{all:initial;display:flex;align-items:center;gap:.5em;padding:var(--vnp-banner-padding,.4em .75em);background:var(--vnp-banner-background,#da251d);color:var(--vnp-banner-color,#ff0);font:700 var(--vnp-banner-font-size,1rem)/1.5 var(--vnp-banner-font-family,"Noto Sans",Roboto,"Segoe UI",Arial,Tahoma,sans-serif)}.v{flex:1;overflow:hidden;container-type:inline-size}.t{display:flex;width:max-content;animation:s var(--d,60s) linear infinite}.c{min-width:100cqw;padding-right:var(--vnp-banner-gap,4em);white-space:nowrap}.p .t,.m:is(:hover,:focus-within) .t{animation-play-state:paused}@keyframes s{to{transform:translateX(-50%)}}button{display:grid;place-items:center;width:1.5em;height:1.5em;padding:0;border:2px solid;border-radius:50%;background:0;color:inherit;cursor:pointer}button:before{content:"";width:.2em;height:.7em;border:solid;border-width:0 .2em}.p button:before{width:0;height:0;border-width:.35em 0 .35em .6em;border-color:transparent currentColor}@media (prefers-reduced-motion:reduce){.t{display:block;width:auto;animation:none}.c{padding:0;white-space:normal}.c+.c,button{display:none}}',
  );

  static override properties = {
    date: {},
    src: {},
    national: { type: Boolean },
    daysBefore: { type: Number, attribute: 'days-before' },
    daysAfter: { type: Number, attribute: 'days-after' },
    max: { type: Number },
    prefix: {},
    roundOnly: { type: Boolean, attribute: 'round-only' },
    order: {},
    mode: {},
    speed: { type: Number },
    lang: { reflect: true },
    _inline: { state: true },
    _remote: { state: true },
    _today: { state: true },
    _paused: { state: true },
  };

  /** The day to count to, `YYYY-MM-DD`; unset, today in Vietnam, moving on at Vietnam's midnight. */
  declare date: string | null | undefined;
  /** URL of a JSON list of commemorations, fetched once (10 s timeout); if it fails, the rest still shows. */
  declare src: string | null | undefined;
  /** Adds the built-in national catalog. */
  declare national: boolean;
  /** Keep showing an anniversary this many days after it (whole number ≥ 0; default 7). */
  declare daysBefore: number | null | undefined;
  /** Start showing an anniversary this many days before it (whole number ≥ 0; default 30). */
  declare daysAfter: number | null | undefined;
  /** At most this many items (whole number ≥ 1; default 5). */
  declare max: number | null | undefined;
  /**
   * The words before the items; unset, "Nhiệt liệt chào mừng kỷ niệm" ("Celebrating" with `lang="en"`).
   * Shadows the legacy `Element.prefix` (an XML namespace prefix, always null on HTML elements).
   */
  declare prefix: string | null;
  /** Only round anniversaries: "năm tròn" (multiples of 10) and "năm lẻ 5". */
  declare roundOnly: boolean;
  /** `default` (pinned first, then by day) or `given` (the list's own order). */
  declare order: string;
  /** `marquee` (scrolls, with a pause button) or `static` (the items laid out as text). */
  declare mode: string;
  /** Marquee speed in pixels per second (default 60). */
  declare speed: number;
  /** `vi` (default) or `en`: the banner's words and the pause button's label. */
  declare lang: string;

  /** @internal */
  declare private _inline: Commemoration[];
  /** @internal */
  declare private _remote: Commemoration[];
  /** @internal */
  declare private _today: string;
  /** @internal */
  declare private _paused: boolean;
  private _parts: BannerParts | undefined;
  private _dom:
    | { static: boolean; base: HTMLElement; copies: HTMLElement[]; button: HTMLButtonElement | undefined; text: string }
    | undefined;
  private _static = false;
  private _en = false;
  private _speed = 60;
  private _shown = '';
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _warned = new Set<string>();
  private _children = new MutationObserver(() => this._readInline());
  // The line's width changes when a hidden banner is shown, the page resizes or a web font arrives.
  private _resize = new ResizeObserver(() => this._pace());

  constructor() {
    super();
    this.national = this.roundOnly = this._paused = false;
    this.prefix = null;
    this.order = 'default';
    this.mode = 'marquee';
    this.speed = 60;
    this._inline = this._remote = [];
    this._today = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The parser may add the JSON child after the element is upgraded, and a CMS may edit it later.
    this._children.observe(this, { childList: true, subtree: true, characterData: true });
    this._readInline();
    this._tick();
    if (this._dom?.button) this._resize.observe(this._dom.copies[0]!);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._children.disconnect();
    this._resize.disconnect();
    clearTimeout(this._timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this._load();
    try {
      this._parts = this._select();
    } catch (error) {
      this._parts = undefined;
      this._warn(`shows nothing: ${(error as Error).message}`);
    }
  }

  protected override updated(): void {
    this._pace();
    const text = this._parts?.text ?? '';
    if (text !== this._shown) {
      this._shown = text;
      const event = new BannerChangeEvent(this._parts?.items.map((i) => i.anniversary) ?? [], text);
      this.dispatchEvent(event);
    }
  }

  /** The loop's duration follows the line's width, so `speed` is pixels per second whatever the text. */
  private _pace(): void {
    const copy = this._dom?.button && this._dom.copies[0];
    // A hidden banner has no width yet: keep the stylesheet's default until it is shown.
    if (copy?.offsetWidth) copy.parentElement!.style.setProperty('--d', `${copy.offsetWidth / this._speed}s`);
  }

  private _warn = (message: string): void => {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<vnp-anniversary-banner> ${message}`);
  };

  /** Today in Vietnam, and again at each of Vietnam's midnights for a page left open. */
  private _tick = (): void => {
    this._today = todayInVietnam();
    clearTimeout(this._timer);
    this._timer = setTimeout(this._tick, msUntilVietnamMidnight());
  };

  private _readInline(): void {
    this._inline = [...this.querySelectorAll(':scope>script[type="application/json"]')].flatMap((script) =>
      script.textContent?.trim()
        ? readList(script.textContent, 'inline <script type="application/json">', this._warn)
        : [],
    );
  }

  private async _load(): Promise<void> {
    const src = this.src;
    this._remote = [];
    if (!src) return;
    try {
      const list = readList(await fetchOnce(new URL(src, document.baseURI).href), `src="${src}"`, this._warn);
      if (src === this.src) this._remote = list;
    } catch (error) {
      this._warn(
        `could not load src="${src}" (${(error as Error).message}); check the URL and CORS. Showing the rest.`,
      );
    }
  }

  /** Reads the attributes (warning about bad values and using the defaults) and picks what to show. */
  private _select(): BannerParts | undefined {
    this._static = this._oneOf('mode', this.mode, ['marquee', 'static']) === 'static';
    this._en = this._oneOf('lang', (this.lang || 'vi').split('-')[0]!.toLowerCase(), ['vi', 'en']) === 'en';
    this._speed = this._number('speed', this.speed, 1) ?? 60;
    let today = this._today;
    if (this.date) {
      try {
        // selectForBanner's own check of `today`: the calendar's isDay would add 150 B to the script-tag file.
        selectForBanner([], { today: this.date });
        today = this.date;
      } catch {
        this._warn(`date="${this.date}" is not a day like 2024-06-01; counting to today in Vietnam.`);
      }
    }
    const ids = new Set<string>();
    const list = [
      ...this._inline,
      ...this._remote,
      ...(this.national ? (this._en ? nationalCommemorationsEnLite : nationalCommemorationsLite) : []),
    ]
      // Before `max` and before ids collide: an entry with no English name gives way to the next (or the catalog's).
      .filter(
        (c) => !this._en || c.nameEn || this._warn(`"${c.id}" has no nameEn, which lang="en" needs; leaving it out.`),
      )
      .filter((c) => !ids.has(c.id) && ids.add(c.id));
    const items = selectForBanner(list, {
      today,
      daysBefore: this._number('days-before', this.daysBefore, 0),
      daysAfter: this._number('days-after', this.daysAfter, 0),
      max: this._number('max', this.max, 1),
      order: this._oneOf<'default' | 'given'>('order', this.order, ['default', 'given']),
      roundOnly: this.roundOnly,
    });
    return items.length
      ? bannerParts(items, { prefix: this.prefix ?? undefined, lang: this._en ? 'en' : 'vi' })
      : undefined;
  }

  private _oneOf<T extends string>(name: string, value: unknown, allowed: [T, ...T[]]): T {
    if (allowed.includes(value as T)) return value as T;
    if (value) this._warn(`${name}="${value}" is not "${allowed.join('" or "')}"; using "${allowed[0]}".`);
    return allowed[0];
  }

  private _number(name: string, value: number | null | undefined, min: number): number | undefined {
    if (value == null || (Number.isInteger(value) && value >= min)) return value ?? undefined;
    this._warn(`${name}="${this.getAttribute(name) ?? value}" is not a whole number ≥ ${min}; ignoring it.`);
  }

  private _toggle(): void {
    this._paused = !this._paused;
  }

  /**
   * Writes the shadow DOM: built once per mode and patched in place afterwards, so the pause button keeps
   * keyboard focus and the loop keeps running while only a label or class changes. Names go in as text nodes.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const parts = this._parts;
    if (!parts) {
      this.renderRoot.replaceChildren();
      this._dom = undefined;
      return;
    }
    let dom = this._dom;
    if (dom?.static !== this._static) {
      const base = element('div', { part: 'base' });
      const copies = [element('span', { part: 'text' })];
      let button: HTMLButtonElement | undefined;
      if (this._static) base.append(copies[0]!);
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
      this.renderRoot.replaceChildren(base);
      this._resize.disconnect();
      if (button) this._resize.observe(copies[0]!);
      dom = this._dom = { static: this._static, base, copies, button, text: '' };
    }
    // Screen readers pronounce the line in its own language, whatever the page's.
    dom.base.lang = this._en ? 'en' : 'vi';
    if (dom.button) {
      const label = this._en ? (this._paused ? 'Resume' : 'Pause') : this._paused ? 'Tiếp tục' : 'Tạm dừng';
      dom.base.className = this._paused ? 'm p' : 'm';
      dom.button.setAttribute('aria-label', label);
      dom.button.title = label;
    }
    if (dom.text !== parts.text) {
      dom.text = parts.text;
      for (const copy of dom.copies) copy.replaceChildren(...lineNodes(parts));
    }
  }
}

/** The banner line as nodes: `<span part="prefix">…</span> <span part="item">…</span>; <span part="item">…</span>`. */
function lineNodes(parts: BannerParts): (Node | string)[] {
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

/** Every valid commemoration in a JSON list, warning once about the rest. */
function readList(json: string, where: string, warn: (message: string) => void): Commemoration[] {
  try {
    return parseCommemorations(json);
  } catch (error) {
    warn(
      `${where}: ${(error as Error).message}\nFix it: a JSON list of {"id", "name", "date", "calendar"}. Showing the valid entries.`,
    );
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {}
    return Array.isArray(data) ? data.flatMap((entry) => readEntry(entry)) : [];
  }
}

function readEntry(entry: unknown): Commemoration[] {
  try {
    return parseCommemorations([entry]);
  } catch {
    return [];
  }
}

const requests = new Map<string, Promise<string>>();

/** One request per URL per page, however many banners name it. */
function fetchOnce(url: string): Promise<string> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url, { signal: AbortSignal.timeout?.(FETCH_TIMEOUT_MS) }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    requests.set(url, request);
  }
  return request;
}

declare global {
  interface HTMLElementTagNameMap {
    'vnp-anniversary-banner': VnpAnniversaryBanner;
  }
}
