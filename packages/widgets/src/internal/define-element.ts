import type { Problem } from './problems.js';

const VERSION_KEY = Symbol.for('vnportal.widgets.version');
type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

/** The problem when `tag` is taken by something other than `ours` or this version of the package. */
export function otherVersion(
  tag: string,
  existing: CustomElementConstructor,
  ours?: CustomElementConstructor,
): Problem | undefined {
  const theirs = (existing as Tagged)[VERSION_KEY];
  if (existing === ours || theirs === __VNP_VERSION__) return undefined;
  return { code: 'other-version', tag, theirs, ours: __VNP_VERSION__ };
}

/**
 * Registers `ctor` as `tag` unless the tag is taken. Harmless when called twice: a tag already taken keeps its
 * first definition, with one warning only when that came from another version of this package.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry,
  warn: (problem: Problem) => void,
): void {
  const existing = registry.get(tag);
  if (existing) {
    const problem = otherVersion(tag, existing, ctor);
    if (problem) warn(problem);
    return;
  }
  (ctor as Tagged)[VERSION_KEY] = __VNP_VERSION__;
  registry.define(tag, ctor);
}
