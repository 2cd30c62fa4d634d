import type { Commemoration } from '@vnportal/anniversary';
import {
  type BannerSettings,
  CDN_SCRIPT,
  currentScriptSrc,
  DEFAULT_SETTINGS,
  FORM_ATTRIBUTES,
  SETTING_LIMITS,
} from './banner-config.ts';
import { catalogDays } from './catalog.ts';
import type { Draft } from './check-entry.ts';
import { typedFromDate } from './typed-date.ts';

/** The editor's work: what is kept in localStorage and carried in a shareable link. */
export interface Work {
  drafts: Draft[];
  national: string[];
  settings: BannerSettings;
}

export const STORAGE_KEY = 'vnportal-builder';
const HASH_KEY = 'b';

/** The form rows for a list of commemorations (pasted back, or read from a link). */
export function draftsFrom(list: readonly Commemoration[]): Draft[] {
  return list.map((c) => ({
    id: c.id,
    name: c.name,
    nameEn: c.nameEn ?? '',
    date: typedFromDate(c.date),
    calendar: c.calendar,
    leap: c.leap === true,
    pinned: c.pinned === true,
    ...(c.scope || c.source || c.observance === 'round-years'
      ? {
          kept: {
            ...(c.scope ? { scope: c.scope } : {}),
            ...(c.source ? { source: c.source } : {}),
            ...(c.observance === 'round-years' ? { observance: c.observance } : {}),
          },
        }
      : {}),
  }));
}

/** The work as a URL fragment, `#b=…` (base64url of UTF-8 JSON): shareable, and never sent to a server. */
export function workToHash(work: Work): string {
  const bytes = new TextEncoder().encode(JSON.stringify(work));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#${HASH_KEY}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Reads `#b=…` back; undefined when the fragment has no work or does not decode. */
export function workFromHash(hash: string): Work | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY);
  if (!value) return undefined;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return readWork(JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)))));
  } catch {
    return undefined;
  }
}

/** Work read from storage or a link, with every field checked: what does not fit is replaced by its default. */
export function readWork(data: unknown): Work | undefined {
  if (typeof data !== 'object' || !data) return undefined;
  const { drafts, national, settings } = data as Record<string, unknown>;
  if (!Array.isArray(drafts) || !Array.isArray(national)) return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    drafts: drafts
      .filter((d): d is Record<string, unknown> => typeof d === 'object' && !!d)
      .map((d) => ({
        id: text(d.id),
        name: text(d.name),
        nameEn: text(d.nameEn),
        date: text(d.date),
        calendar: d.calendar === 'lunar' ? 'lunar' : 'solar',
        leap: d.leap === true,
        pinned: d.pinned === true,
        ...readKept(d.kept),
      })),
    national: national.filter((id): id is string => typeof id === 'string'),
    settings: readSettings(settings),
  };
}

function readKept(data: unknown): Pick<Draft, 'kept'> {
  if (typeof data !== 'object' || !data) return {};
  const { scope, source, observance } = data as Record<string, unknown>;
  const kept: NonNullable<Draft['kept']> = {};
  if (typeof scope === 'string' && scope) kept.scope = scope;
  if (typeof source === 'string' && source) kept.source = source;
  if (observance === 'round-years') kept.observance = observance;
  return Object.keys(kept).length ? { kept } : {};
}

/** Kept attributes: pairs of strings, named as attributes are, none the form edits itself, no event handler. */
function readKeptAttributes(data: unknown): [string, string][] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (pair): pair is [string, string] =>
      Array.isArray(pair) &&
      pair.length === 2 &&
      typeof pair[0] === 'string' &&
      typeof pair[1] === 'string' &&
      /^[a-z][a-z0-9-]*$/.test(pair[0]) &&
      !pair[0].startsWith('on') &&
      (pair[0] === 'style' || !FORM_ATTRIBUTES.includes(pair[0])),
  );
}

function readSettings(data: unknown): BannerSettings {
  const s = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
  // Only what the banner takes: a link's max="0" or a year and more of days is its default instead.
  const whole = (v: unknown, { min, max }: { min: number; max: number }) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : null;
  const colour = (v: unknown) => (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v) ? v : null);
  return {
    daysBefore: whole(s.daysBefore, SETTING_LIMITS['days-before']),
    daysAfter: whole(s.daysAfter, SETTING_LIMITS['days-after']),
    max: whole(s.max, SETTING_LIMITS.max),
    order: s.order === 'given' ? 'given' : 'default',
    mode: s.mode === 'static' || s.mode === 'list' ? s.mode : 'marquee',
    lang: s.lang === 'en' ? 'en' : 'vi',
    background: colour(s.background),
    color: colour(s.color),
    kept: readKeptAttributes(s.kept),
    scriptSrc:
      typeof s.scriptSrc === 'string' && s.scriptSrc.trim()
        ? currentScriptSrc(s.scriptSrc)
        : DEFAULT_SETTINGS.scriptSrc,
  };
}

/** The work a fresh browser starts with: nothing worth asking about before a link replaces it. */
export const freshWork = (): Work => ({
  drafts: [],
  national: catalogDays.map((c) => c.id),
  settings: { ...DEFAULT_SETTINGS },
});

export const sameWork = (a: Work, b: Work): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A script URL the builder itself offers: the CDN's, or a path on the site's own server (self-hosting). A link
 * may carry only these: anyone can make a link, and the copied snippet would load whatever it names.
 */
export function offeredScript(src: string): boolean {
  // No control character or space anywhere (a browser strips leading ones: "\x01https://…" is another site),
  // and resolved like a browser would, still on the page's own site.
  if (src === CDN_SCRIPT) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\x00-\x20\x7f"<>\\]/.test(src) || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return false;
  try {
    return new URL(src, 'https://site.invalid/a/').origin === 'https://site.invalid';
  } catch {
    return false;
  }
}

/** Work from a `#b=` link, with a script URL the builder does not offer replaced by the CDN's (and named). */
export function linkedWork(work: Work): { work: Work; refusedScript?: string; outsideSrc?: string } {
  const src = work.settings.kept.find(([name]) => name === 'src')?.[1];
  const outsideSrc = src && !offeredScript(src) ? src : undefined;
  if (offeredScript(work.settings.scriptSrc)) return { work, ...(outsideSrc ? { outsideSrc } : {}) };
  return {
    work: { ...work, settings: { ...work.settings, scriptSrc: CDN_SCRIPT } },
    refusedScript: work.settings.scriptSrc,
    ...(outsideSrc ? { outsideSrc } : {}),
  };
}
