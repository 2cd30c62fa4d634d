import { LIMITS } from './read-json.js';

/** How long a `src` may take before it counts as failed. */
export const FETCH_TIMEOUT_MS = 10_000;

const requests = new Map<string, Promise<string>>();

/**
 * The text at `url`: one request per URL for every element on the page while it is pending or has succeeded.
 * A failed request (network error, timeout, HTTP error, a web page instead of JSON) is forgotten, so the next call
 * tries again.
 *
 * The body is decoded piece by piece as it arrives, handing the main thread back to the page every
 * `READ_BUDGET_MS` of decoding, and reading stops as soon as the text is longer than `limit` characters: a huge file neither
 * blocks the page while the browser decodes it in one piece (`response.text()` takes 50–110 ms for 5 MB here)
 * nor is decoded past what the reader looks at. The text is then longer than `limit`, so the reader knows it
 * was cut (`parseJson` leaves a text over `LIMITS.jsonLength` to the recovering reader, which reads its first
 * entries).
 */
export function fetchText(
  url: string,
  limit: number = LIMITS.jsonLength,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  let request = requests.get(url);
  if (!request) {
    request = fetcher(url, { signal: AbortSignal.timeout?.(FETCH_TIMEOUT_MS) })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return readBody(response, limit);
      })
      .then((text) => {
        // A web page (a host's "not found" page at status 200, a wrong URL): a failed load, not a JSON syntax error.
        if (/^\s*</.test(text)) throw new Error('HTML ≠ JSON');
        return text;
      });
    requests.set(url, request);
    // Nothing else can be stored for this URL until the failed request is gone.
    request.catch(() => requests.delete(url));
  }
  return request;
}

/**
 * How long the reader decodes pieces already received before it hands the main thread back: well under the
 * 50 ms of a long task, and long enough that a 1.5 MB body takes a few tasks, not one per piece (a timer each
 * waits at least 1 ms, 4 ms once nested: 1,500 small pieces were seconds of waiting).
 */
export const READ_BUDGET_MS = 8;

async function readBody(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  // UTF-8 as response.text() reads it (a byte-order mark is dropped), a character split between two pieces kept whole.
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
    if (text.length > limit) {
      // Nothing to do if cancelling fails: the text so far is what is read.
      reader.cancel().catch(() => {});
      return text;
    }
    // Pieces already received resolve read() at once, with no task in between: make one once the budget is spent.
    if (performance.now() - since > READ_BUDGET_MS) {
      await new Promise((resolve) => setTimeout(resolve));
      since = performance.now();
    }
  }
}
