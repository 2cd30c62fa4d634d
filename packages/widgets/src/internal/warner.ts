import type { Problem } from './problems.js';
import { createWarner } from './warn.js';

/**
 * The `console.warn` of one element (see `createWarner`). In the script-tag build it is the loader's, kept on
 * `globalThis` under `Symbol.for('vnportal.widgets.loader')` (earlier loaders kept their version string there):
 * the loader already holds the code that loads the sentences from its folder, asks again under a new URL after a
 * failure and says a problem whose sentences cannot be loaded, so the elements' chunks carry no second copy of
 * it. Without that loader (an element's file imported on its own) a problem is printed as its code and values.
 * The npm build loads the sentences through the app's bundler.
 */
export function warnerFor(tag: string): (problem: Problem) => void {
  if (__VNP_CDN__) {
    const fromLoader = (globalThis as Record<symbol, unknown>)[Symbol.for('vnportal.widgets.loader')];
    return typeof fromLoader === 'function'
      ? fromLoader(tag)
      : (problem) => console.warn(`<${tag}> ${JSON.stringify(problem)}`);
  }
  return createWarner(tag, () => import('./messages.js'));
}
