import { argumentError, ownError } from './errors.js';
import { withoutForbiddenChars } from './text.js';

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/**
 * Text made safe for HTML element content and quoted attribute values (`&<>"'` escaped, control characters removed).
 * @throws ArticleError when `text` is not a string, number or boolean.
 */
export function escapeHtml(text: string): string {
  try {
    const value: unknown = text;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw argumentError('text', value, 'is not a string');
    }
    return withoutForbiddenChars(String(value)).replace(/[&<>"']/g, (char) => ENTITIES.get(char) ?? '');
  } catch (error) {
    throw ownError(error, { text });
  }
}
