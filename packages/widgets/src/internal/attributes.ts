import { isDay } from '@vnportal/calendar';
import { closest } from './did-you-mean.js';
import type { Warning } from './warn.js';

/** An element's attributes as plain data: name -> value (`""` for a bare boolean attribute). */
export type Attributes = Readonly<Record<string, string>>;

/** Attributes every HTML element may carry; they are the page's business, not ours. */
const GLOBAL = new Set(
  'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title translate'.split(
    ' ',
  ),
);

/** The attribute's own value, never one inherited from a polluted `Object.prototype`. */
export function attribute(attrs: Attributes, name: string): string | undefined {
  return Object.hasOwn(attrs, name) ? attrs[name] : undefined;
}

/** One warning per attribute the element does not know, with the closest known name. */
export function unknownAttributes(attrs: Attributes, known: readonly string[]): Warning[] {
  const warnings: Warning[] = [];
  for (const name of Object.keys(attrs)) {
    if (known.includes(name) || GLOBAL.has(name) || /^(data-|aria-|on)/.test(name)) continue;
    const guess = closest(name, known);
    warnings.push({
      vi: `không có thuộc tính "${name}"${guess ? `; có phải bạn muốn viết "${guess}"?` : ''} (các thuộc tính: ${known.join(', ')}). Thuộc tính này bị bỏ qua.`,
      en: `unknown attribute "${name}"${guess ? `; did you mean "${guess}"?` : ''} (known: ${known.join(', ')}). It is ignored.`,
    });
  }
  return warnings;
}

/** A boolean attribute: present is on. `="false"` (which HTML reads as on) is taken as off, with a warning. */
export function readBoolean(attrs: Attributes, name: string, warnings: Warning[]): boolean {
  const value = attribute(attrs, name);
  if (value === undefined) return false;
  if (/^(false|0|no|off)$/i.test(value.trim())) {
    warnings.push({
      vi: `${name}="${value}": thuộc tính bật/tắt không nhận giá trị; muốn tắt thì xoá hẳn thuộc tính "${name}", muốn bật thì chỉ viết "${name}". Đang coi là tắt.`,
      en: `${name}="${value}": an on/off attribute takes no value; remove "${name}" to switch it off, write just "${name}" to switch it on. Treating it as off.`,
    });
    return false;
  }
  return true;
}

/** A whole number from `min` to `max`; anything else falls back to `fallback`, with a warning. */
export function readWhole(
  attrs: Attributes,
  name: string,
  range: { min: number; max: number; fallback: number },
  warnings: Warning[],
): number {
  const value = attribute(attrs, name);
  if (value === undefined) return range.fallback;
  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (number >= range.min && number <= range.max) return number;
  warnings.push({
    vi: `${name}="${value}" không phải số nguyên từ ${range.min} đến ${range.max}; đang dùng giá trị mặc định ${range.fallback}.`,
    en: `${name}="${value}" is not a whole number from ${range.min} to ${range.max}; using the default, ${range.fallback}.`,
  });
  return range.fallback;
}

/** One of the allowed words (the first is the default); anything else falls back to it, with a warning. */
export function readOneOf<T extends string>(
  attrs: Attributes,
  name: string,
  allowed: readonly [T, ...T[]],
  warnings: Warning[],
): T {
  const value = attribute(attrs, name);
  if (value === undefined || allowed.includes(value as T)) return (value as T | undefined) ?? allowed[0];
  const list = `"${allowed.join('", "')}"`;
  warnings.push({
    vi: `${name}="${value}" không hợp lệ; chỉ nhận ${list}. Đang dùng "${allowed[0]}".`,
    en: `${name}="${value}" is not one of ${list}; using "${allowed[0]}".`,
  });
  return allowed[0];
}

/** A calendar day `YYYY-MM-DD` from `min` to `max`; otherwise undefined, with a warning saying what is used. */
export function readDay(
  attrs: Attributes,
  name: string,
  range: { min: string; max: string; instead: Warning },
  warnings: Warning[],
): string | undefined {
  const value = attribute(attrs, name);
  if (value === undefined) return undefined;
  const day = value.trim();
  if (isDay(day) && day >= range.min && day <= range.max) return day;
  warnings.push({
    vi: `${name}="${value}" không phải ngày dạng 2024-06-01 trong khoảng ${range.min} đến ${range.max}; ${range.instead.vi}`,
    en: `${name}="${value}" is not a day like 2024-06-01 from ${range.min} to ${range.max}; ${range.instead.en}`,
  });
  return undefined;
}

/** A space- or comma-separated list of words, empty entries left out. */
export function readWords(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}
