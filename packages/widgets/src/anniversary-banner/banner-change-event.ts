import type { Anniversary } from '@vnportal/anniversary';

/**
 * Fired by `<vnp-anniversary-banner>` whenever the anniversaries it shows change (first load, a
 * fetched `src`, an attribute change, Vietnam's midnight). Bubbles and crosses shadow roots.
 */
export class BannerChangeEvent extends Event {
  /** The anniversaries shown, in banner order (empty when the banner shows nothing): this event's own copy. */
  readonly anniversaries: Anniversary[];
  /** The whole banner line as plain text ('' when nothing is shown). */
  readonly text: string;

  constructor(anniversaries: Anniversary[], text: string) {
    super('vnp-banner-change', { bubbles: true, composed: true });
    this.anniversaries = anniversaries;
    this.text = text;
  }
}

declare global {
  // Bubbling and composed, it reaches document and window listeners too.
  interface GlobalEventHandlersEventMap {
    'vnp-banner-change': BannerChangeEvent;
  }
}
