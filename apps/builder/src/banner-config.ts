import type { Commemoration } from '@vnportal/anniversary';
import { BANNER_LIMITS } from '@vnportal/widgets';
import { catalogDays, mergeWithNational, nationalWords } from './catalog.ts';

/**
 * Where the snippet loads the script-tag file from by default: the public npm CDN, major version 0. The file's
 * full URL: the loader fetches each element's chunk beside itself (`…/dist/cdn/anniversary-banner.js`).
 */
export const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js';
/** The default the builder gave before: a package URL with no file, whose chunks 404. Read as `CDN_SCRIPT`. */
export const OLD_CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0';

/** A script URL as the builder keeps it: the old broken default becomes the working one. */
export const currentScriptSrc = (src: string): string => (src.trim() === OLD_CDN_SCRIPT ? CDN_SCRIPT : src.trim());

/** How the banner is shown: its attributes and colours, as the snippet writes them. */
export interface BannerSettings {
  daysBefore: number | null;
  daysAfter: number | null;
  max: number | null;
  order: 'default' | 'given';
  mode: 'marquee' | 'static' | 'list';
  lang: 'vi' | 'en';
  /** `#rrggbb`, or null for the banner's own (the flag's red and yellow). */
  background: string | null;
  color: string | null;
  scriptSrc: string;
  /**
   * Attributes the form does not edit (`src`, `prefix`, `round-only`, `speed`, `mourning-*`, a `style`'s other
   * declarations…), carried over from a pasted snippet as they were, written after the form's own.
   */
  kept: [string, string][];
}

/** The attributes the form edits; a pasted snippet's others are kept as they are (`BannerSettings.kept`). */
export const FORM_ATTRIBUTES: readonly string[] = [
  'national',
  'days-before',
  'days-after',
  'max',
  'order',
  'mode',
  'lang',
  'style',
];

/** The numbers the banner takes (its own `BANNER_LIMITS`); outside them it falls back to its default. */
export const SETTING_LIMITS = {
  'days-before': { min: 0, max: BANNER_LIMITS.windowDays },
  'days-after': { min: 0, max: BANNER_LIMITS.windowDays },
  max: { min: 1, max: BANNER_LIMITS.max },
} as const;

/** Everything the snippet says: the site's own days, the national days picked, and the settings. */
export interface BannerConfig {
  own: Commemoration[];
  /** Catalog ids; the snippet says them as the `national` attribute (`nationalWords`). */
  national: string[];
  settings: BannerSettings;
}

export const DEFAULT_SETTINGS: BannerSettings = {
  daysBefore: null,
  daysAfter: null,
  max: null,
  order: 'default',
  mode: 'marquee',
  lang: 'vi',
  background: null,
  color: null,
  scriptSrc: CDN_SCRIPT,
  kept: [],
};

export const pickedAll = (national: readonly string[]): boolean => catalogDays.every((c) => national.includes(c.id));

/** The list the banner computes from: own days first, then the national days picked (own wording wins by id). */
export function bannerList(config: BannerConfig): Commemoration[] {
  return mergeWithNational(config.own, config.national);
}

/** What goes in the snippet's inline JSON: the site's own days; the national ones are named by `national`. */
export function inlineEvents(config: BannerConfig): Commemoration[] {
  return config.own;
}

/**
 * The list for `events.json`: the own days, then (when only some national days are picked) copies of those
 * catalog days, since the CLI's `--national` takes the whole catalog.
 */
export function fileEvents(config: BannerConfig): Commemoration[] {
  if (pickedAll(config.national)) return config.own;
  const own = new Set(config.own.map((c) => c.id));
  const picked = catalogDays
    .filter((c) => config.national.includes(c.id) && !own.has(c.id))
    .map(({ id, name, date, calendar, nameEn, observance }) => ({
      id,
      name,
      date,
      calendar,
      nameEn,
      // Leaders' birthdays are shown in round years only; the copy must keep that rule.
      ...(observance === 'round-years' ? { observance } : {}),
    }));
  return [...config.own, ...picked];
}

/** The element's attributes, in the order the snippet writes them. */
export function bannerAttributes(config: BannerConfig): [string, string][] {
  const s = config.settings;
  const attributes: [string, string][] = [];
  const national = nationalWords(config.national);
  if (national) attributes.push(['national', national.join(' ')]);
  if (s.daysBefore !== null) attributes.push(['days-before', String(s.daysBefore)]);
  if (s.daysAfter !== null) attributes.push(['days-after', String(s.daysAfter)]);
  if (s.max !== null) attributes.push(['max', String(s.max)]);
  if (s.order !== 'default') attributes.push(['order', s.order]);
  if (s.mode !== 'marquee') attributes.push(['mode', s.mode]);
  if (s.lang !== 'vi') attributes.push(['lang', s.lang]);
  const keptStyle = s.kept.find(([name]) => name === 'style')?.[1];
  const style = [bannerStyle(s), keptStyle].filter(Boolean).join('; ');
  if (style) attributes.push(['style', style]);
  for (const [name, value] of s.kept) if (!FORM_ATTRIBUTES.includes(name)) attributes.push([name, value]);
  return attributes;
}

/** The site's colours as the banner's custom properties. */
export function bannerStyle(s: BannerSettings): string {
  return [s.background && `--vnp-banner-background: ${s.background}`, s.color && `--vnp-banner-color: ${s.color}`]
    .filter(Boolean)
    .join('; ');
}

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close or confuse it. */
export function scriptJson(list: readonly Commemoration[]): string {
  return JSON.stringify(list, null, 2).replace(/</g, '\\u003c');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed snippet: one script line, the element with its attributes, and the days as inline JSON. */
export function snippet(config: BannerConfig): string {
  const attributes = bannerAttributes(config)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const json = scriptJson(inlineEvents(config)).replace(/\n/g, '\n    ');
  return [
    `<script defer src="${escapeAttribute(config.settings.scriptSrc)}"></script>`,
    `<vnp-anniversary-banner${attributes}>`,
    '  <script type="application/json">',
    `    ${json}`,
    '  </script>',
    '</vnp-anniversary-banner>',
  ].join('\n');
}

/** The file for `src=` and for the CLI's `--events`, as JSON. */
export function eventsJson(config: BannerConfig): string {
  return `${JSON.stringify(fileEvents(config), null, 2)}\n`;
}

/** A CLI command that prints the same banner line for `day`. */
export function cliCommand(config: BannerConfig, day: string): string {
  const s = config.settings;
  const args = ['npx', '-p', '@vnportal/anniversary', 'vnportal-banner', '--events', 'events.json'];
  if (pickedAll(config.national)) args.push('--national');
  args.push('--date', day);
  if (s.daysBefore !== null) args.push('--days-before', String(s.daysBefore));
  if (s.daysAfter !== null) args.push('--days-after', String(s.daysAfter));
  if (s.max !== null) args.push('--max', String(s.max));
  if (s.order !== 'default') args.push('--order', s.order);
  if (s.lang !== 'vi') args.push('--lang', s.lang);
  return args.join(' ');
}
