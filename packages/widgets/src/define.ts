// Defines every vnportal element under its usual tag: the npm entry with side effects.
import { VnpAnniversaryBanner } from './anniversary-banner/anniversary-banner.component.js';

/**
 * Registers every vnportal element. Harmless when called twice: a tag already taken keeps its
 * first definition, with a warning only when it came from another version of this package.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  VnpAnniversaryBanner.define(undefined, registry);
}

defineElements();
