import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
  type onResponseHookHandler,
} from 'fastify';
import type { Counter } from './counter.js';
import { createMetrics } from './metrics.js';
import { statsSvg } from './stats-svg.js';
import { trustProxyFn } from './trust-proxy.js';

export interface AppOptions {
  counter: Counter;
  /** The admin API's bearer token; without one the admin API answers 503. */
  adminToken?: string | undefined;
  /**
   * Proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges, e.g. `["127.0.0.1", "10.0.0.0/8"]`).
   * Without it the client's address is the socket's and the header is ignored.
   */
  trustProxy?: string[] | undefined;
  /** Hits one visitor (address and user agent) may send per minute; more get 429. Default 60. */
  rateLimitPerMinute?: number | undefined;
  /** Fastify's logger option (pino); request lines never carry the address or the user agent. */
  logger?: FastifyServerOptions['logger'];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The client's address, read once: behind a proxy each read of `ip` walks X-Forwarded-For again. */
    vnpClientIp: string;
  }
}

/** Limits on what a request may bring, stated in the README. */
export const LIMITS = { hitBodyBytes: 1024, adminBodyBytes: 16 * 1024, headerBytes: 8 * 1024, pathChars: 2048 };

const SITE = { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9.-]{0,62}[a-z0-9])?$' } as const;
const PATH = { type: 'string', pattern: '^/', maxLength: LIMITS.pathChars } as const;
const HIT = {
  type: 'object',
  required: ['site', 'path'],
  additionalProperties: false,
  properties: { site: SITE, path: PATH },
} as const;
const ERROR = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;
const STATS = {
  type: 'object',
  required: ['total', 'online', 'today', 'yesterday', 'asOf'],
  properties: {
    total: { type: 'integer' },
    online: { type: 'integer' },
    today: { type: 'integer' },
    yesterday: { type: 'integer' },
    asOf: { type: 'string' },
  },
} as const;
const ORIGIN = { type: 'string', maxLength: 200, pattern: '^https?://[^/?#\\s]+$' } as const;
const SITE_CONFIG = {
  type: 'object',
  properties: {
    site: { type: 'string' },
    origins: { type: 'array', items: { type: 'string' } },
    startTotal: { type: 'integer' },
  },
} as const;

// 1×1 transparent GIF: the no-JS pixel's answer.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The HTTP service over a `Counter`: hit, stats, admin, health and metrics routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { counter } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    // No line per request: a log of requests would be a record of browsing.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? trustProxyFn(options.trustProxy) : false,
    bodyLimit: LIMITS.hitBodyBytes,
    http: { maxHeaderSize: LIMITS.headerBytes },
    connectionTimeout: 10_000,
    requestTimeout: 10_000,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  const metrics = createMetrics(() => counter.pending);
  app.decorateRequest('vnpClientIp', '');
  // A per-process key: rate-limit buckets are named by a hash, so not even memory holds addresses.
  const rateKey = randomBytes(16).toString('base64url');

  // Each route times its requests under its own pattern, fixed when it is added (no per-request lookup).
  app.addHook('onRoute', (route) => {
    const timed = metrics.route(route.url);
    const hook: onResponseHookHandler = (_request, reply, done) => {
      timed(reply.statusCode, reply.elapsedTime / 1000);
      done();
    };
    route.onResponse = [...[route.onResponse ?? []].flat(), hook];
  });
  // Requests to no route are timed when their answer is sent, by the not-found and error handlers: a hook for
  // all routes would cost every hit a call.
  const timedUnknown = metrics.route('unknown');
  const timeUnknown = (reply: FastifyReply) =>
    reply.raw.once('finish', () => timedUnknown(reply.statusCode, reply.elapsedTime / 1000));
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (request.is404) timeUnknown(reply);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (request.routeOptions.url?.startsWith('/api/hit')) metrics.hit(String(status));
    const message = explain(error as Error & { code?: string }, request);
    return reply.code(status).send({ statusCode: status, error: statusText(status), message });
  });
  app.setNotFoundHandler((request, reply) => {
    timeUnknown(reply);
    return fail(reply, 404, `${request.method} ${request.url.split('?')[0]}: no such route`);
  });

  // sendBeacon sends a string body as text/plain: read it as the same JSON.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  // CORS exactly as each route needs it: hits only from a site's origins, stats public, admin never. Each
  // policy is registered in its own prefix, so its preflight route (`OPTIONS <prefix>*`) covers only those
  // routes, and its options are fixed at start (a Set lookup per request, no per-request options).
  await app.register(
    async (hits) => {
      await hits.register(cors, {
        origin: (origin, callback) => callback(null, origin !== undefined && counter.knowsOrigin(origin)),
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type'],
        // So a page's script can read when to retry after a 429.
        exposedHeaders: ['Retry-After'],
        maxAge: 600,
      });
      await hits.register(rateLimit, {
        max: options.rateLimitPerMinute ?? 60,
        timeWindow: 60_000,
        // A hit's 204 carries no x-ratelimit-* headers (a beacon cannot read them); a 429 still says them
        // and Retry-After.
        addHeadersOnExceeding: {
          'x-ratelimit-limit': false,
          'x-ratelimit-remaining': false,
          'x-ratelimit-reset': false,
        },
        keyGenerator: (request) =>
          hash('sha256', `${rateKey}\0${clientIp(request)}\0${userAgent(request)}`, 'base64url'),
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          error: 'Too Many Requests',
          message: `more than ${context.max} hits a minute from one visitor; try again in ${context.after}`,
        }),
      });

      // Counts the hit, or answers the reply that refuses it. Synchronous but for a day's first hit (see
      // `Counter.hit`), so that a hit costs no promise.
      const count = (
        request: FastifyRequest,
        reply: FastifyReply,
        site: string,
        origin: string | undefined,
      ): FastifyReply | undefined | Promise<undefined> => {
        // A refused hit is counted by its status, as the error handler counts the others (400, 413, 429…).
        const refuse = (status: number, message: string) => {
          metrics.hit(String(status));
          return fail(reply, status, message);
        };
        const config = counter.site(site);
        if (!config) return refuse(404, `site: "${site}" is not a site this service counts`);
        if (!origin) return refuse(403, 'Origin: missing; hits are accepted only from the pages of the site');
        if (!config.origins.includes(origin)) {
          return refuse(403, `Origin: ${JSON.stringify(origin.slice(0, 200))} is not allowed for site "${site}"`);
        }
        const outcome = counter.hit(site, clientIp(request), userAgent(request));
        if (typeof outcome === 'string') {
          metrics.hit(outcome);
          return undefined;
        }
        return outcome.then((later) => {
          metrics.hit(later);
          return undefined;
        });
      };
      // Then answers `answer()`, or the refusal.
      const counted = (refused: ReturnType<typeof count>, answer: () => FastifyReply) => {
        if (refused === undefined) return answer();
        return refused instanceof Promise ? refused.then(answer) : refused;
      };

      hits.post<{ Body: { site: string; path: string } }>(
        '',
        { schema: { body: HIT, response: { '4xx': ERROR } } },
        (request, reply) =>
          counted(count(request, reply, request.body.site, request.headers.origin), () => reply.code(204).send()),
      );

      hits.get<{ Querystring: { site: string; path: string } }>(
        '.gif',
        { schema: { querystring: HIT, response: { '4xx': ERROR } } },
        (request, reply) =>
          counted(
            // An <img> request carries no Origin; its Referer (origin-only across sites by default) says the page.
            count(request, reply, request.query.site, request.headers.origin ?? refererOrigin(request)),
            () => reply.code(200).header('Cache-Control', 'no-store').type('image/gif').send(PIXEL),
          ),
      );
    },
    { prefix: '/api/hit' },
  );

  await app.register(
    async (publicRoutes) => {
      await publicRoutes.register(cors, { origin: '*', methods: ['GET'] });
      const read = async (site: string, reply: FastifyReply) => {
        const stats = await counter.stats(site);
        if (!stats) return fail(reply, 404, `site: "${site}" is not a site this service counts`);
        reply.header('Cache-Control', 'public, max-age=5');
        return stats;
      };
      publicRoutes.get<{ Params: { site: string } }>(
        '/:site/stats',
        { schema: { params: { type: 'object', properties: { site: SITE } }, response: { 200: STATS, '4xx': ERROR } } },
        async (request, reply) => read(request.params.site, reply),
      );
      publicRoutes.get<{ Params: { site: string } }>(
        '/:site/stats.svg',
        { schema: { params: { type: 'object', properties: { site: SITE } }, response: { '4xx': ERROR } } },
        async (request, reply) => {
          const stats = await read(request.params.site, reply);
          if (reply.sent || reply.statusCode >= 400) return stats;
          return reply.type('image/svg+xml; charset=utf-8').send(statsSvg(stats as never));
        },
      );
    },
    { prefix: '/api/sites' },
  );

  await app.register(async (admin) => {
    const expected = options.adminToken ? digest(options.adminToken) : undefined;
    admin.addHook('onRequest', async (request, reply) => {
      if (!expected) return fail(reply, 503, 'admin API disabled: start the service with VNP_VISITS_ADMIN_TOKEN');
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
      if (!token) {
        reply.header('WWW-Authenticate', 'Bearer realm="vnportal-visits"');
        return fail(reply, 401, 'Authorization: missing; send "Authorization: Bearer <admin token>"');
      }
      if (!timingSafeEqual(digest(token), expected)) {
        reply.header('WWW-Authenticate', 'Bearer realm="vnportal-visits", error="invalid_token"');
        return fail(reply, 401, 'Authorization: the bearer token is not the admin token');
      }
      return undefined;
    });
    admin.put<{ Params: { site: string }; Body: { origins: string[]; startTotal?: number } }>(
      '/api/admin/sites/:site',
      {
        bodyLimit: LIMITS.adminBodyBytes,
        schema: {
          params: { type: 'object', properties: { site: SITE } },
          body: {
            type: 'object',
            required: ['origins'],
            additionalProperties: false,
            properties: {
              origins: { type: 'array', items: ORIGIN, maxItems: 50, uniqueItems: true },
              startTotal: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
            },
          },
          response: { 200: SITE_CONFIG, '4xx': ERROR },
        },
      },
      async (request, reply) => {
        const bad = request.body.origins.find((o) => !isOrigin(o));
        if (bad !== undefined) {
          return fail(reply, 400, `origins: ${JSON.stringify(bad)} is not an origin (scheme://host[:port], no path)`);
        }
        const current = await counter.store.getSite(request.params.site);
        return counter.putSite({
          site: request.params.site,
          origins: request.body.origins,
          startTotal: request.body.startTotal ?? current?.startTotal ?? 0,
        });
      },
    );
    admin.get('/api/admin/sites', async () => {
      const sites = await counter.store.listSites();
      // A site added through another instance since this one last re-read the list: learn it now, for its figures.
      if (sites.some((site) => !counter.site(site.site))) await counter.refreshSites();
      return Promise.all(
        sites.map(async (site) => {
          const stats = await counter.stats(site.site);
          if (!stats) return site;
          const { counts, ...shown } = stats;
          const { visits, pageviews, pageviewsToday } = counts;
          return { ...site, ...shown, visits, pageviews, pageviewsToday };
        }),
      );
    });
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await counter.store.listSites();
      return { status: 'ok', store: counter.store.engine, pending: counter.pending };
    } catch (error) {
      return reply.code(503).send({ status: 'error', store: counter.store.engine, message: String(error) });
    }
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );

  app.decorate('vnpMetrics', metrics);
  return app;
}

function fail(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).send({ statusCode: status, error: statusText(status), message });
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return texts[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

// Fastify's own wording for these says what went wrong but not what to send instead.
function explain(error: Error & { code?: string }, request: FastifyRequest): string {
  const type = JSON.stringify(String(request.headers['content-type'] ?? '').slice(0, 100));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `Content-Type: ${type} is not accepted; send text/plain (sendBeacon's default) or application/json`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `body: more than ${request.routeOptions.bodyLimit ?? LIMITS.hitBodyBytes} bytes`;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'body: empty; send {"site":"…","path":"/…"}';
    default:
      return error instanceof SyntaxError ? `body: is not valid JSON (${error.message})` : error.message;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function clientIp(request: FastifyRequest): string {
  if (!request.vnpClientIp) request.vnpClientIp = request.ip;
  return request.vnpClientIp;
}

function userAgent(request: FastifyRequest): string {
  return request.headers['user-agent'] ?? '';
}

function refererOrigin(request: FastifyRequest): string | undefined {
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
