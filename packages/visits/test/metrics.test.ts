import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/start-server.js';
import { ADMIN_TOKEN, addSite, BOT, hit, visitor } from './client.js';

// What an operator's Prometheus scrapes from GET /metrics after a few requests of each kind.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ adminToken: ADMIN_TOKEN, trustProxy: ['127.0.0.1'] });
  await addSite(server.url, 'm');
});
afterAll(() => server?.close());

/** The sample `name{labels}` of the exposition text, as a number (undefined when absent). */
async function sample(name: string): Promise<number | undefined> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('GET /metrics', () => {
  it('counts hits by outcome, times requests by route and status, and reports the batch writes', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await sample('vnp_visits_pending_pageviews')).toBe(0);

    expect((await hit(server.url, 'm', visitor(1))).status).toBe(204);
    expect((await hit(server.url, 'm', visitor(2))).status).toBe(204);
    expect((await hit(server.url, 'm', { ip: '198.51.100.99', ua: BOT })).status).toBe(204);
    expect((await hit(server.url, 'm', visitor(3), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await hit(server.url, 'nope', visitor(4))).status).toBe(404);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
    const big = await fetch(`${server.url}/nowhere`, {
      method: 'POST',
      body: 'x'.repeat(5000),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.status).toBe(413);
    expect(await sample('vnp_visits_pending_pageviews')).toBe(2);

    expect(await sample('vnp_visits_hits_total{outcome="counted"}')).toBe(2);
    expect(await sample('vnp_visits_hits_total{outcome="bot"}')).toBe(1);
    expect(await sample('vnp_visits_hits_total{outcome="403"}')).toBe(1);
    expect(await sample('vnp_visits_hits_total{outcome="404"}')).toBe(1);
    expect(await sample('vnp_visits_http_request_seconds_count{route="/api/hit",status="204"}')).toBe(3);
    expect(await sample('vnp_visits_http_request_seconds_count{route="/api/hit",status="403"}')).toBe(1);
    expect(await sample('vnp_visits_http_request_seconds_count{route="/api/hit",status="404"}')).toBe(1);
    // Timed when the answer has gone out, which may be just after the client has it.
    await expect.poll(() => sample('vnp_visits_http_request_seconds_count{route="unknown",status="404"}')).toBe(1);
    await expect.poll(() => sample('vnp_visits_http_request_seconds_count{route="unknown",status="413"}')).toBe(1);

    await server.flush();
    expect(await sample('vnp_visits_pending_pageviews')).toBe(0);
    expect(await sample('vnp_visits_batch_writes_total{result="ok"}')).toBeGreaterThanOrEqual(1);
    expect(await sample('vnp_visits_written_pageviews_total')).toBe(2);
  });
});
