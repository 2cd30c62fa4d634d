import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The service's Prometheus metrics, in a registry of its own so that several servers can share one process. */
export function createMetrics(pending: () => number) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vnp_visits_process_' });
  const hits = new Counter({
    name: 'vnp_visits_hits_total',
    help: 'Hits received, by outcome: counted, bot (not counted) or the 4xx reason.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const writes = new Counter({
    name: 'vnp_visits_batch_writes_total',
    help: 'Batch writes to the store, by result (ok or error).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const written = new Counter({
    name: 'vnp_visits_written_pageviews_total',
    help: 'Page views written to the store.',
    registers: [registry],
  });
  const writeSeconds = new Histogram({
    name: 'vnp_visits_batch_write_seconds',
    help: 'How long one batch write took.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'vnp_visits_http_request_seconds',
    help: 'HTTP request duration by route and status code.',
    labelNames: ['route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  new Gauge({
    name: 'vnp_visits_pending_pageviews',
    help: 'Page views received and not yet written (lost on kill -9).',
    registers: [registry],
    collect() {
      this.set(pending());
    },
  });
  // Children made once per label value: prom-client would hash the label object on every call.
  const hitChild = cached((outcome: string) => hits.labels(outcome));
  const requestChild = cached((route: string, status: string) => requestSeconds.labels(route, status));
  return {
    registry,
    writes,
    written,
    writeSeconds,
    /** Counts one hit by outcome: `counted`, `bot` or the 4xx status. */
    hit: (outcome: string) => hitChild(outcome).inc(),
    /** Times the requests of one route pattern, by status: a timer made once per route. */
    route: (route: string) => {
      const byStatus = new Map<number, ReturnType<typeof requestSeconds.labels>>();
      return (status: number, seconds: number) => {
        let child = byStatus.get(status);
        if (child === undefined) {
          child = requestChild(route, String(status));
          byStatus.set(status, child);
        }
        child.observe(seconds);
      };
    },
  };
}

function cached<A extends string[], T>(make: (...values: A) => T): (...values: A) => T {
  const made = new Map<string, T>();
  return (...values) => {
    const key = values.join('\0');
    let child = made.get(key);
    if (child === undefined) {
      child = make(...values);
      made.set(key, child);
    }
    return child;
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
