import { hash, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';

/**
 * isbot's verdict on a user agent, remembered: user agents repeat heavily, and isbot runs one large regular
 * expression a call. Verdicts are filed under a hash of the user agent with a key of this process's, so not even
 * memory holds a user agent; when `limit` of them are kept, they are all forgotten at once.
 */
export class BotFilter {
  readonly #key = randomBytes(16).toString('base64url');
  readonly #verdicts = new Map<string, boolean>();
  readonly #limit: number;

  constructor(limit = 1000) {
    this.#limit = limit;
  }

  /** How many verdicts are kept now (never more than the limit). */
  get size(): number {
    return this.#verdicts.size;
  }

  isBot(userAgent: string): boolean {
    const id = hash('sha256', `${this.#key}\0${userAgent}`, 'base64url');
    let verdict = this.#verdicts.get(id);
    if (verdict === undefined) {
      if (this.#verdicts.size >= this.#limit) this.#verdicts.clear();
      verdict = isbot(userAgent);
      this.#verdicts.set(id, verdict);
    }
    return verdict;
  }
}
