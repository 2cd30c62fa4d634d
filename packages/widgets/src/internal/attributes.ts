import { isDay } from '@vnportal/calendar';
import type { Problem } from './problems.js';

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

/** One problem per attribute the element does not know; its message suggests the closest known name. */
export function unknownAttributes(attrs: Attributes, known: readonly string[]): Problem[] {
  return Object.keys(attrs)
    .filter((name) => !known.includes(name) && !GLOBAL.has(name) && !/^(data-|aria-|on)/.test(name))
    .map((name) => ({ code: 'unknown-attribute', name, known: known.join(' ') }));
}

/** A boolean attribute: present is on. `="false"` (which HTML reads as on) is taken as off, with a problem. */
export function readBoolean(attrs: Attributes, name: string, problems: Problem[]): boolean {
  const value = attribute(attrs, name);
  if (value === undefined) return false;
  if (!/^(false|0|no|off)$/i.test(value.trim())) return true;
  problems.push({ code: 'boolean-value', name, value });
  return false;
}

/** A whole number from `min` to `max`; anything else falls back to `fallback`, with a problem. */
export function readWhole(
  attrs: Attributes,
  name: string,
  range: { min: number; max: number; fallback: number },
  problems: Problem[],
): number {
  const value = attribute(attrs, name);
  if (value === undefined) return range.fallback;
  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (number >= range.min && number <= range.max) return number;
  problems.push({ code: 'whole', name, value, ...range });
  return range.fallback;
}

/**
 * One of the allowed words (the first is the default), read trimmed and in any case as `date` and `lang` are;
 * anything else falls back to the default, with a problem.
 */
export function readOneOf<T extends string>(
  attrs: Attributes,
  name: string,
  allowed: readonly [T, ...T[]],
  problems: Problem[],
): T {
  const value = attribute(attrs, name);
  const word = value?.trim().toLowerCase() as T | undefined;
  if (word === undefined || allowed.includes(word)) return word ?? allowed[0];
  problems.push({ code: 'one-of', name, value, allowed: `"${allowed.join('", "')}"`, fallback: allowed[0] });
  return allowed[0];
}

/** A calendar day `YYYY-MM-DD` from `min` to `max`; otherwise undefined, with a problem. */
export function readDay(
  attrs: Attributes,
  name: string,
  range: { min: string; max: string },
  problems: Problem[],
): string | undefined {
  const value = attribute(attrs, name);
  if (value === undefined) return undefined;
  const day = value.trim();
  if (isDay(day) && day >= range.min && day <= range.max) return day;
  problems.push({ code: 'day', name, value, ...range });
  return undefined;
}

/** A space- or comma-separated list of words, empty entries left out. */
export function readWords(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** `vi` (the default, also `vi-VN`) or `en` (also `en-GB`, …); anything else falls back to Vietnamese, with a problem. */
export function readLang(value: string | undefined, problems: Problem[]): 'vi' | 'en' {
  if (value === undefined || /^vi(-|$)/i.test(value)) return 'vi';
  if (/^en(-|$)/i.test(value)) return 'en';
  problems.push({ code: 'lang', value });
  return 'vi';
}
