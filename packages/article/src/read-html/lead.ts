import type { Block } from '../model.js';
import { spansToText } from '../text.js';
import type { ParagraphLook } from './captions.js';
import { oneLine } from './spans.js';

// Exact names for the generic words: a wrapper classed "article-description" holds the whole body, not the sapo.
export const LEAD_CLASS = /sapo|^lead$|^summary$|chapeau|^description$|tom-?tat/i;
/** Longest opening paragraph taken for the lead (sapo) on its looks alone. */
const MAX_LEAD = 600;

/**
 * The sapo's text when `opening` reads as one: classed "sapo", "lead", "summary", … or bold throughout, and at
 * most 600 characters.
 */
export function leadText(opening: Block | undefined, look: ParagraphLook | undefined): string | undefined {
  if (opening?.type !== 'paragraph') return undefined;
  const bold = opening.content.every((s) => s.text.trim() === '' || s.marks?.includes('bold'));
  if (!bold && !look?.leadClass) return undefined;
  const text = oneLine(spansToText(opening.content));
  return text.length <= MAX_LEAD ? text : undefined;
}
