import { VnpAnniversaryBanner } from './anniversary-banner.js';

/**
 * Registers every vnportal element. Harmless when called twice: a tag already taken keeps its
 * first definition, with a warning only when it came from another version of this package.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  define('vnp-anniversary-banner', VnpAnniversaryBanner, registry);
}

const VERSION_KEY = Symbol.for('vnportal.widgets.version');
type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

function define(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry): void {
  const existing = registry.get(tag) as Tagged | undefined;
  if (existing) {
    const theirs = existing[VERSION_KEY];
    if (existing !== ctor && theirs !== __VNP_VERSION__) {
      console.warn(
        `[vnportal] <${tag}> is already defined by @vnportal/widgets ${theirs ?? '(unknown version)'}; this copy (${__VNP_VERSION__}) is ignored. Load the script only once.`,
      );
    }
    return;
  }
  (ctor as Tagged)[VERSION_KEY] = __VNP_VERSION__;
  registry.define(tag, ctor);
}

defineElements();
