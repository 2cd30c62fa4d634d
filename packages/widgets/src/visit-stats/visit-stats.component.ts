import { type PropertyValues, ReactiveElement, unsafeCSS } from '@lit/reactive-element';
import { defineElement } from '../internal/define-element.js';
import { warnerFor } from '../internal/warner.js';
import { FIGURE_KEYS, readStats, type VisitFigures } from './read-stats.js';
import styles from './visit-stats.css?inline';
import { VISIT_STATS_LIMITS, type VisitStatsOptions, visitStatsOptionsFromAttributes } from './visit-stats-options.js';

const TAG = 'vnp-visit-stats';

/** How long a stats request may take before the service counts as down. */
const STATS_TIMEOUT_MS = 10_000;
/** The first refresh after reporting a view: past the service's batch interval (1 s), so the figures include it. */
const AFTER_HIT_MS = 1_500;

/** Sites already reported in this page load, shared by every copy of the script on the page. */
const COUNTED_KEY = Symbol.for('vnportal.visit-stats.counted');
const scope = globalThis as { [COUNTED_KEY]?: Set<string> };
scope[COUNTED_KEY] ??= new Set();
const counted = scope[COUNTED_KEY];

const TEXT = {
  vi: {
    title: 'Thống kê truy cập',
    total: 'Số lượt truy cập',
    online: 'Trực tuyến',
    today: 'Hôm nay',
    yesterday: 'Hôm qua',
  },
  en: {
    title: 'Visit statistics',
    total: 'Total visits',
    online: 'Online now',
    today: 'Today',
    yesterday: 'Yesterday',
  },
} as const;

interface Dom {
  base: HTMLElement;
  title: HTMLElement;
  labels: HTMLElement[];
  values: HTMLElement[];
}

/**
 * The visit-statistics box Vietnamese portals show ("Thống kê truy cập": Số lượt truy cập, Trực tuyến, Hôm nay,
 * Hôm qua), with live figures from the vnportal counter service (@vnportal/visits). It reports the page view
 * once per page load, refreshes while the tab is visible, and keeps the last figures while the service is down.
 * Its own content (a fallback for visitors without JavaScript and for search engines) shows until the first
 * figures arrive.
 *
 * @tagname vnp-visit-stats
 * @summary Visit-statistics box for Vietnamese portals, counting through the vnportal counter service.
 *
 * @csspart base - the box (a `<section>`); also named `stale` while the service is unreachable.
 * @csspart stale - the box while it shows the last figures because the service is unreachable.
 * @csspart title - the heading "Thống kê truy cập" (an `<h2>`, as a sidebar box's title).
 * @csspart list - the list of rows (a `<dl>`).
 * @csspart row - one row: a label and its figure; each row is also named by its key: `total`, `online`, `today`, `yesterday`.
 * @csspart label - a row's label ("Số lượt truy cập").
 * @csspart value - a row's figure ("411.594").
 *
 * @cssprop [--vnp-stats-background=#fff] - box background.
 * @cssprop [--vnp-stats-color=#1a1a1a] - text colour.
 * @cssprop [--vnp-stats-border=1px solid #d6d6d6] - the box's border.
 * @cssprop [--vnp-stats-title-background=#da251d] - heading band colour (the flag's red; 4.6:1 with white).
 * @cssprop [--vnp-stats-title-color=#fff] - heading text colour.
 *
 * @slot - the no-JavaScript fallback (a line of figures, or the service's `stats.svg` image), shown until the first figures arrive.
 */
export class VnpVisitStats extends ReactiveElement {
  static override styles = unsafeCSS(styles);

  // Every property reflects, so the attributes are the one input the attribute rules read.
  static override properties = {
    site: { reflect: true },
    endpoint: { reflect: true },
    noCount: { type: Boolean, attribute: 'no-count', reflect: true },
    refresh: { type: Number, reflect: true },
    lang: { reflect: true },
    _figures: { state: true },
    _down: { state: true },
  };

  /** Registers the class as `tag` (default `vnp-visit-stats`); harmless when the tag is taken. */
  static define(tag = TAG, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, VnpVisitStats, registry, warnerFor(tag));
  }

  /** The site's name at the counter service (`site="so-gd.tinh.gov.vn"`), as its admin registered it. */
  declare site: string | null | undefined;
  /** The counter service's base URL (`endpoint="https://thongke.tinh.gov.vn"`); hits and stats go under `/api/`. */
  declare endpoint: string | null | undefined;
  /** Show the figures without reporting this page view (for pages that only display the box). */
  declare noCount: boolean;
  /** Seconds between refreshes while the tab is visible (5–3600; default 60). */
  declare refresh: number | null | undefined;
  /** `vi` (default) or `en`: the labels, and the digit grouping (411.594 or 411,594). */
  declare lang: string;

  /** @internal */
  declare private _figures: VisitFigures | undefined;
  /** @internal */
  declare private _down: boolean;
  private _options: VisitStatsOptions | undefined;
  /** `endpoint|site` of the figures shown; a change starts again from the fallback. */
  private _source: string | undefined;
  private _lastFetch = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _dom: Dom | undefined;
  private _warn = warnerFor(this.localName);

  constructor() {
    super();
    this._down = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    if (this._options) this._schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    clearTimeout(this._timer);
  }

  /** Hidden tab: no requests. Visible again: figures as fresh as `refresh` promises, then the usual rhythm. */
  private _onVisibility = (): void => this._schedule();

  /** Reports this page view to the service, once per page load and site, however often the element renders. */
  private _report(options: VisitStatsOptions): boolean {
    const key = `${options.endpoint}|${options.site}`;
    if (!options.count || counted.has(key)) return false;
    counted.add(key);
    const url = `${options.endpoint}/api/hit`;
    // A string body goes as text/plain: a CORS-safe request, so no preflight, and the service reads it as JSON.
    const body = JSON.stringify({
      site: options.site,
      path: location.pathname.slice(0, VISIT_STATS_LIMITS.pathLength),
    });
    try {
      if (navigator.sendBeacon(url, body)) return true;
    } catch {}
    // A failure here needs no warning of its own: the stats request right after says the service is unreachable.
    fetch(url, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'omit' }).catch(() => {});
    return true;
  }

  private async _fetch(): Promise<void> {
    const options = this._options;
    if (!options?.site || !options.endpoint) return;
    const source = this._source;
    const url = `${options.endpoint}/api/sites/${encodeURIComponent(options.site)}/stats`;
    this._lastFetch = Date.now();
    try {
      // no-cache: the browser's copy may predate this page's own visit; proxies in front may still cache.
      const response = await fetch(url, {
        cache: 'no-cache',
        credentials: 'omit',
        signal: AbortSignal.timeout(STATS_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const figures = readStats(await response.json());
      if (source !== this._source) return;
      this._down = false;
      this._figures = figures;
    } catch (error) {
      if (source !== this._source || this._down) return;
      // Said once per outage: again only after the service has come back.
      this._down = true;
      const shown = this._figures !== undefined;
      const reason = (error as Error).message;
      warnerFor(this.localName)({
        code: 'stats-unreachable',
        url,
        error: reason,
        refresh: options.refresh,
        shown: shown ? 1 : 0,
      });
    } finally {
      if (source === this._source) this._schedule();
    }
  }

  /** The next refresh, while the tab is visible: `refresh` seconds after the last one, or at once if overdue. */
  private _schedule(delay?: number): void {
    clearTimeout(this._timer);
    const options = this._options;
    if (!this.isConnected || !options?.site || !options.endpoint || document.visibilityState === 'hidden') return;
    const wait = delay ?? Math.max(0, this._lastFetch + options.refresh * 1000 - Date.now());
    this._timer = setTimeout(() => void this._fetch(), wait);
  }

  /** Reads the attributes (warning about bad values); a new site or endpoint starts counting and fetching. */
  private _configure(): void {
    const attrs: Record<string, string> = {};
    for (const a of this.attributes) attrs[a.name] = a.value;
    const { options, warnings } = visitStatsOptionsFromAttributes(attrs, document.baseURI);
    for (const w of warnings) this._warn(w);
    const refreshChanged = this._options?.refresh !== options.refresh;
    this._options = options;
    const source = options.site && options.endpoint ? `${options.endpoint}|${options.site}` : undefined;
    if (source !== this._source) {
      this._source = source;
      this._figures = undefined;
      this._down = false;
      if (!source) {
        clearTimeout(this._timer);
        return;
      }
      const reported = this._report(options);
      void this._fetch();
      // Once more when the service has written this view, so the visitor sees their own visit counted.
      if (reported) setTimeout(() => source === this._source && void this._fetch(), AFTER_HIT_MS);
      return;
    }
    // Turning counting on later (no-count removed) reports the view then, still once.
    if (source && this._report(options)) this._schedule(AFTER_HIT_MS);
    else if (refreshChanged) this._schedule();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // After super.update: properties set from script have been reflected to the attributes read here.
    // The figures arriving is no reason to re-read the attributes; anything else is.
    if (!this._options || [...changed.keys()].some((key) => key !== '_figures' && key !== '_down')) this._configure();
    const figures = this._figures;
    if (!figures) {
      // Until the first figures: the element's own content (the no-JS fallback) stays in view.
      if (this._dom || !this.renderRoot.firstChild) this.renderRoot.replaceChildren(document.createElement('slot'));
      this._dom = undefined;
      return;
    }
    const options = this._options!;
    const dom = this._dom ?? this._render();
    const text = TEXT[options.lang];
    const format = new Intl.NumberFormat(options.lang);
    dom.base.lang = options.lang;
    dom.base.setAttribute('part', this._down ? 'base stale' : 'base');
    dom.title.textContent = text.title;
    FIGURE_KEYS.forEach((key, i) => {
      dom.labels[i]!.textContent = text[key];
      dom.values[i]!.textContent = format.format(figures[key]);
    });
  }

  /** Builds the box once; later updates only change its texts. */
  private _render(): Dom {
    const base = create('section', 'base');
    base.className = 'b';
    const title = create('h2', 'title');
    title.id = title.className = 't';
    base.setAttribute('aria-labelledby', 't');
    const list = create('dl', 'list');
    const labels: HTMLElement[] = [];
    const values: HTMLElement[] = [];
    for (const key of FIGURE_KEYS) {
      const row = create('div', `row ${key}`);
      const label = create('dt', 'label');
      const value = create('dd', 'value');
      row.append(label, value);
      list.append(row);
      labels.push(label);
      values.push(value);
    }
    base.append(title, list);
    this.renderRoot.replaceChildren(base);
    this._dom = { base, title, labels, values };
    return this._dom;
  }
}

function create(tag: string, part: string): HTMLElement {
  const node = document.createElement(tag);
  node.setAttribute('part', part);
  return node;
}

declare global {
  interface HTMLElementTagNameMap {
    'vnp-visit-stats': VnpVisitStats;
  }
}
