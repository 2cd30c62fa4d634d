import { type Commemoration, parseCommemorations } from '@vnportal/anniversary';
import {
  type BannerConfig,
  type BannerSettings,
  currentScriptSrc,
  DEFAULT_SETTINGS,
  FORM_ATTRIBUTES,
  SETTING_LIMITS,
} from './banner-config.ts';
import { catalogDays, pickedByWords } from './catalog.ts';

/** Thrown when pasted text is neither a banner snippet nor a JSON list of commemorations. */
export class PasteError extends Error {
  constructor(
    readonly code: 'no-banner' | 'bad-list' | 'bad-national',
    readonly detail = '',
  ) {
    super(detail || code);
    this.name = 'PasteError';
  }
}

/** Something in the pasted text the form could not take; `i18n.ts` words each one. */
export type PasteDrop =
  | { code: 'number'; name: string; value: string; min: number; max: number }
  | { code: 'value'; name: string; value: string }
  | { code: 'colour'; name: string; value: string }
  | { code: 'more-banners'; count: number }
  | { code: 'handler'; name: string };

/** What paste-back did besides filling the form: what it carried over untouched, and what it could not load. */
export interface PasteReport {
  /** Attributes the form does not edit, kept as they were (so the new snippet still has them). */
  kept: [string, string][];
  dropped: PasteDrop[];
  /** The inline list's `<script>` had no `type="application/json"` (the banner ignores it); the new snippet has it. */
  untypedScript: boolean;
  /** A mourning period read from the shared-file format's `mourning`, carried over as attributes. */
  mourning: boolean;
}

export type Pasted = BannerConfig & { report: PasteReport };

const sameAsCatalog = (c: Commemoration) =>
  catalogDays.some(
    (d) => d.id === c.id && d.name === c.name && d.date === c.date && d.calendar === c.calendar && !c.pinned,
  );

/**
 * Reads back what the builder gave (an embed snippet, an events.json list, or a shared file
 * `{"mourning":{…},"commemorations":[…]}`): the site's own days, the national days picked and the settings.
 * Catalog days copied unchanged count as picked, not as own days. Attributes the form does not edit are kept in
 * `settings.kept`; what cannot be read is listed in `report.dropped`, never silently lost.
 * @throws PasteError when it is neither, the list has a problem (the library's message, in `detail`), or
 *   `national` names an unknown id (the unknown words, in `detail`).
 */
export function readPasted(text: string, current: BannerSettings = DEFAULT_SETTINGS): Pasted {
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  const report: PasteReport = { kept: [], dropped: [], untypedScript: false, mourning: false };
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const { list, mourning } = readList(trimmed);
    // A list alone keeps the current settings; a shared file's mourning replaces the one carried before.
    const added = mourning ? mourningAttributes(mourning) : [];
    const kept = [...current.kept.filter(([name]) => !(mourning && name.startsWith('mourning-'))), ...added];
    report.kept = added;
    report.mourning = !!mourning;
    return { ...split(list, [], { ...current, kept }), report };
  }
  const doc = new DOMParser().parseFromString(trimmed, 'text/html');
  const banners = doc.querySelectorAll('vnp-anniversary-banner');
  const banner = banners[0];
  if (!banner) throw new PasteError('no-banner');
  if (banners.length > 1) report.dropped.push({ code: 'more-banners', count: banners.length - 1 });
  // Every inline list, as the banner reads them; a `<script>` with no JSON type is still plainly the list.
  const list: Commemoration[] = [];
  let mourning: Mourning | undefined;
  for (const script of banner.querySelectorAll(':scope > script:not([src])')) {
    const json = script.textContent?.trim();
    if (!json) continue;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/json') report.untypedScript = true;
    const read = readList(json);
    list.push(...read.list);
    mourning ??= read.mourning;
  }
  const number = (name: 'days-before' | 'days-after' | 'max') => {
    const value = banner.getAttribute(name);
    if (value === null) return null;
    const { min, max } = SETTING_LIMITS[name];
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (n >= min && n <= max) return n;
    report.dropped.push({ code: 'number', name, value, min, max });
    return null;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const value = banner.getAttribute(name);
    if (value === null) return fallback;
    const found = values.find((v) => v === value.trim().toLowerCase());
    if (found) return found;
    report.dropped.push({ code: 'value', name, value });
    return fallback;
  };
  const { colours, rest } = readStyle(banner.getAttribute('style') ?? '', report);
  const kept: [string, string][] = [];
  for (const name of banner.getAttributeNames()) {
    // An event handler is script, not a banner setting: the builder never writes one (nor keeps one in a link).
    if (name.startsWith('on')) report.dropped.push({ code: 'handler', name });
    else if (!FORM_ATTRIBUTES.includes(name)) kept.push([name, banner.getAttribute(name) ?? '']);
  }
  if (rest) kept.push(['style', rest]);
  if (mourning && !kept.some(([name]) => name.startsWith('mourning-'))) {
    kept.push(...mourningAttributes(mourning));
    report.mourning = true;
  }
  report.kept = kept;
  const src = doc.querySelector('script[src]')?.getAttribute('src');
  const settings: BannerSettings = {
    daysBefore: number('days-before'),
    daysAfter: number('days-after'),
    max: number('max'),
    order: oneOf('order', ['default', 'given'], 'default'),
    mode: oneOf('mode', ['marquee', 'static', 'list'], 'marquee'),
    lang: oneOf('lang', ['vi', 'en'], 'vi'),
    background: colours.background,
    color: colours.color,
    scriptSrc: src?.trim() ? currentScriptSrc(src) : current.scriptSrc,
    kept,
  };
  const national = banner.getAttribute('national');
  if (national === null) return { ...split(list, [], settings), report };
  const { ids, unknown } = /^\s*(true|yes|on|1)?\s*$/i.test(national)
    ? { ids: catalogDays.map((d) => d.id), unknown: [] }
    : pickedByWords(national.split(/[\s,]+/).filter(Boolean));
  if (unknown.length) throw new PasteError('bad-national', unknown.join(', '));
  return { ...split(list, ids, settings), report };
}

interface Mourning {
  from: string;
  to: string;
  message: string;
}

const mourningAttributes = (m: Mourning): [string, string][] => [
  ['mourning-from', m.from],
  ['mourning-to', m.to],
  ['mourning-message', m.message],
];

/** A JSON list, or the shared-file object with its `commemorations` and `mourning`. */
function readList(json: string): { list: Commemoration[]; mourning?: Mourning } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new PasteError('bad-list', (error as Error).message);
  }
  let entries: unknown = data;
  let mourning: Mourning | undefined;
  if (typeof data === 'object' && data && !Array.isArray(data)) {
    const { commemorations = [], mourning: m, ...other } = data as Record<string, unknown>;
    const unknownKey = Object.keys(other)[0];
    if (unknownKey) throw new PasteError('bad-list', `"${unknownKey}"`);
    entries = commemorations;
    if (m !== undefined) {
      const r = (typeof m === 'object' && m ? m : {}) as Record<string, unknown>;
      const day = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
      if (!day(r.from) || !day(r.to) || typeof r.message !== 'string' || !r.message.trim())
        throw new PasteError('bad-list', '"mourning"');
      mourning = { from: r.from as string, to: r.to as string, message: r.message.trim() };
    }
  }
  try {
    return { list: parseCommemorations(JSON.stringify(entries)), mourning };
  } catch (error) {
    throw new PasteError('bad-list', (error as Error).message);
  }
}

/** The banner's two colours as `#rrggbb` (named and short colours too, read by the browser); other declarations kept. */
function readStyle(style: string, report: PasteReport) {
  const colours: { background: string | null; color: string | null } = { background: null, color: null };
  const rest: string[] = [];
  for (const declaration of style.split(';')) {
    const m = /^\s*--vnp-banner-(background|color)\s*:\s*(.+?)\s*$/i.exec(declaration);
    if (!m) {
      if (declaration.trim()) rest.push(declaration.trim());
      continue;
    }
    const key = m[1]!.toLowerCase() as 'background' | 'color';
    const hex = hexColour(m[2]!);
    if (hex) colours[key] = hex;
    else {
      // Not one opaque colour (a gradient, a var(), a see-through colour): kept as written, not in the form.
      rest.push(declaration.trim());
      report.dropped.push({ code: 'colour', name: `--vnp-banner-${key}`, value: m[2]! });
    }
  }
  return { colours, rest: rest.join('; ') };
}

function hexColour(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  // The browser's own colour reader: an opaque colour comes back as #rrggbb, anything else as rgba() or unchanged.
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  for (const sentinel of ['#010203', '#040506']) {
    context.fillStyle = sentinel;
    context.fillStyle = v;
    if (context.fillStyle !== sentinel && /^#[0-9a-f]{6}$/.test(context.fillStyle)) return context.fillStyle;
  }
  return null;
}

/** Own days and ticks: those named by `national`, plus catalog days copied unchanged (events.json, older snippets). */
function split(list: Commemoration[], national: string[], settings: BannerSettings): BannerConfig {
  const copies = list.filter(sameAsCatalog);
  const picked = new Set([...national, ...copies.map((c) => c.id)]);
  return {
    own: list.filter((c) => !copies.includes(c)),
    national: catalogDays.filter((d) => picked.has(d.id)).map((d) => d.id),
    settings,
  };
}
