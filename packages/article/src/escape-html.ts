import { FORBIDDEN_CHARS } from './text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values (`&<>"'` escaped, control characters removed). */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(FORBIDDEN_CHARS, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
