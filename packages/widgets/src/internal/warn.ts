import type { Problem } from './problems.js';

/**
 * Loads the sentences only when there is something to say: a page without mistakes never downloads them.
 * `retry` is how many loads failed on this page before (0 at first).
 */
export type LoadMessages = (retry: number) => Promise<typeof import('./messages.js')>;

/**
 * How many loads of the sentences failed on this page. A browser keeps a failed `import()` of a URL failed for
 * the page's life (its module map), so the next warning after a failure asks for a new URL (`messages.js?1`).
 */
let failures = 0;

/** What a webmaster reads when a file of the script tag cannot be loaded: which file, why, where it belongs. */
export function couldNotLoad(tag: string, file: string, error: Error, problem = ''): string {
  const why = `${file} (${error.message})`;
  return `<${tag}> không tải được ${why}; để tệp này cùng thư mục với vnportal-widgets.js.${problem && ` Lỗi cần sửa: ${problem}`}\n(English) could not load ${why}; keep it in the same folder as vnportal-widgets.js.${problem && ` The problem to fix: ${problem}`}`;
}

/**
 * A `console.warn` for one element that says each distinct problem once, however often it renders, in
 * Vietnamese then English. When the sentences cannot be loaded, the line says so and names the problem (its
 * code and values), and the next problem tries the sentences again. Never throws: a broken console must not
 * break the host page.
 */
export function createWarner(tag: string, load: LoadMessages): (problem: Problem) => void {
  const said = new Set<string>();
  return (problem) => {
    const key = JSON.stringify(problem);
    if (said.has(key)) return;
    said.add(key);
    const attempt = failures;
    load(attempt).then(
      // Empty: another warning (a misspelt attribute's "did you mean") already says this problem's cause.
      ({ formatWarning }) => {
        const line = formatWarning(tag, problem);
        if (line) console.warn(line);
      },
      (error: Error) => {
        // Warnings that failed together count as one failure: the next one asks once, under the next URL.
        if (attempt === failures) failures++;
        console.warn(couldNotLoad(tag, 'messages.js', error, key));
      },
    );
  };
}
