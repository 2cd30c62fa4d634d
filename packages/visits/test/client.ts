// What a portal page, a webmaster and a load balancer send to the service: plain fetch over real HTTP.
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';
export const ORIGIN = 'https://dangbokhoi.ninhbinh.gov.vn';

export interface Visitor {
  ip: string;
  ua: string;
}

export const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
export const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
export const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

export function visitor(n: number, ua = CHROME): Visitor {
  return { ip: `198.51.100.${n % 250}`, ua: n >= 250 ? `${ua} n/${n}` : ua };
}

export async function putSite(url: string, site: string, body: unknown, token = ADMIN_TOKEN): Promise<Response> {
  return fetch(`${url}/api/admin/sites/${site}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function addSite(url: string, site: string, startTotal = 0, origins = [ORIGIN]): Promise<void> {
  const response = await putSite(url, site, { origins, startTotal });
  if (response.status !== 200) throw new Error(`PUT ${site}: ${response.status} ${await response.text()}`);
}

/** A page view as sendBeacon sends it: text/plain JSON, with the page's Origin; the proxy names the client. */
export async function hit(
  url: string,
  site: string,
  who: Visitor,
  options: { path?: string; origin?: string | null; contentType?: string; body?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'text/plain;charset=UTF-8',
    'user-agent': who.ua,
    'x-forwarded-for': who.ip,
  };
  if (options.origin !== null) headers.origin = options.origin ?? ORIGIN;
  return fetch(`${url}/api/hit`, {
    method: 'POST',
    headers,
    body: options.body ?? JSON.stringify({ site, path: options.path ?? '/' }),
  });
}

export interface Stats {
  total: number;
  online: number;
  today: number;
  yesterday: number;
  asOf: string;
}

export async function stats(url: string, site: string): Promise<Stats> {
  const response = await fetch(`${url}/api/sites/${site}/stats`);
  if (response.status !== 200) throw new Error(`stats ${site}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Stats;
}

export interface AdminSite {
  site: string;
  origins: string[];
  startTotal: number;
  visits: number;
  pageviews: number;
  pageviewsToday: number;
  online: number;
}

export async function adminSites(url: string): Promise<AdminSite[]> {
  const response = await fetch(`${url}/api/admin/sites`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (response.status !== 200) throw new Error(`admin sites: ${response.status}`);
  return (await response.json()) as AdminSite[];
}

export async function pageviews(url: string, site: string): Promise<number> {
  const found = (await adminSites(url)).find((s) => s.site === site);
  if (!found) throw new Error(`no site ${site}`);
  return found.pageviews;
}
