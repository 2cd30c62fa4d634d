import { type Commemoration, parseCommemorations } from '@vnportal/anniversary';
import { type BannerConfig, type BannerSettings, currentScriptSrc, DEFAULT_SETTINGS } from './banner-config.ts';
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

const sameAsCatalog = (c: Commemoration) =>
  catalogDays.some(
    (d) => d.id === c.id && d.name === c.name && d.date === c.date && d.calendar === c.calendar && !c.pinned,
  );

/**
 * Reads back what the builder gave (an embed snippet, or an events.json list): the site's own days, the
 * national days picked and the settings. Catalog days copied unchanged count as picked, not as own days.
 * @throws PasteError when it is neither, the list has a problem (the library's message, in `detail`), or
 *   `national` names an unknown id (the unknown words, in `detail`).
 */
export function readPasted(text: string, current: BannerSettings = DEFAULT_SETTINGS): BannerConfig {
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  if (trimmed.startsWith('[')) return split(readList(trimmed), [], { ...current });
  const doc = new DOMParser().parseFromString(trimmed, 'text/html');
  const banner = doc.querySelector('vnp-anniversary-banner');
  if (!banner) throw new PasteError('no-banner');
  const json = banner.querySelector('script[type="application/json"]')?.textContent?.trim();
  const list = json ? readList(json) : [];
  const number = (name: string) => {
    const value = banner.getAttribute(name);
    return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
  };
  const style = banner.getAttribute('style') ?? '';
  const colour = (name: string) =>
    new RegExp(`--vnp-banner-${name}\\s*:\\s*(#[0-9a-f]{6})`, 'i').exec(style)?.[1]?.toLowerCase() ?? null;
  const settings: BannerSettings = {
    daysBefore: number('days-before'),
    daysAfter: number('days-after'),
    max: number('max'),
    order: banner.getAttribute('order') === 'given' ? 'given' : 'default',
    mode: banner.getAttribute('mode') === 'static' ? 'static' : 'marquee',
    lang: banner.getAttribute('lang') === 'en' ? 'en' : 'vi',
    background: colour('background'),
    color: colour('color'),
    scriptSrc: currentScriptSrc(doc.querySelector('script[src]')?.getAttribute('src') || current.scriptSrc),
  };
  const national = banner.getAttribute('national');
  if (national === null) return split(list, [], settings);
  const { ids, unknown } = pickedByWords(national.split(/[\s,]+/).filter(Boolean));
  if (unknown.length) throw new PasteError('bad-national', unknown.join(', '));
  return split(list, ids, settings);
}

function readList(json: string): Commemoration[] {
  try {
    return parseCommemorations(json);
  } catch (error) {
    throw new PasteError('bad-list', (error as Error).message);
  }
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
