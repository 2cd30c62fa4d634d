import type { Problem } from './problems.js';

/** Loads the sentences only when there is something to say: a page without mistakes never downloads them. */
type LoadMessages = () => Promise<typeof import('./messages.js')>;

/**
 * A `console.warn` for one element that says each distinct problem once, however often it renders, in
 * Vietnamese then English. Never throws: a broken console must not break the host page.
 */
export function createWarner(tag: string, load: LoadMessages): (problem: Problem) => void {
  const said = new Set<string>();
  return (problem) => {
    const key = JSON.stringify(problem);
    if (said.has(key)) return;
    said.add(key);
    load().then(
      ({ formatWarning }) => console.warn(formatWarning(tag, problem)),
      () => console.warn(`<${tag}> ${key}`),
    );
  };
}
