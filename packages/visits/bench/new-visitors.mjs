// The benchmarks' load: autocannon options for POSTs to `/api/hit` of site "bench", each from a new visitor (a
// new X-Forwarded-For address; the targets trust 127.0.0.1 as their proxy), sent from `origin`.
let visitorNo = 0;

/** @param {string} url the target's base URL @param {string} origin the site's allowed origin */
export function newVisitorHits(url, origin) {
  return {
    url: `${url}/api/hit`,
    method: 'POST',
    connections: 20,
    requests: [
      {
        setupRequest: (request) => {
          const n = visitorNo++;
          return {
            ...request,
            headers: {
              'content-type': 'text/plain;charset=UTF-8',
              origin,
              'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36',
              'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: '{"site":"bench","path":"/tin-tuc/"}',
          };
        },
      },
    ],
  };
}
