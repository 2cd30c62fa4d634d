/** How long a `src` may take before it counts as failed. */
export const FETCH_TIMEOUT_MS = 10_000;

const requests = new Map<string, Promise<string>>();

/**
 * The text at `url`: one request per URL for every element on the page while it is pending or has succeeded.
 * A failed request (network error, timeout, HTTP error) is forgotten, so the next call tries again.
 */
export function fetchText(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  let request = requests.get(url);
  if (!request) {
    request = fetcher(url, { signal: AbortSignal.timeout?.(FETCH_TIMEOUT_MS) }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    requests.set(url, request);
    request.catch(() => {
      if (requests.get(url) === request) requests.delete(url);
    });
  }
  return request;
}
