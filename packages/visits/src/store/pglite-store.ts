import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { type SqlRunner, SqlStore } from './sql-store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), in a data folder, no server to install.
 * `dataDir` omitted keeps everything in memory (tests, trials). Either way PGlite runs in its own worker
 * thread, so a batch write never holds up the requests the service is answering. An open `PGlite` is used
 * as it is, on the calling thread.
 */
export async function openPgliteStore(dataDir?: string | PGlite): Promise<SqlStore> {
  const store = new SqlStore('pglite', dataDir instanceof PGlite ? inThread(dataDir) : await inWorker(dataDir));
  await store.migrate();
  return store;
}

function inThread(db: PGlite): SqlRunner {
  return {
    query: async (sql, params) => (await db.query(sql, params as unknown[])).rows as never[],
    script: async (sql) => {
      await db.exec(sql);
    },
    transaction: (body) =>
      db.transaction((tx) =>
        body({
          query: async (sql, params) => (await tx.query(sql, params as unknown[])).rows as never[],
          script: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: () => db.close(),
  };
}

// The worker's code, as plain JavaScript so that it runs the same from the sources and from the bundle. It
// owns the database; each message is one request `{ id, op, sql?, params?, tx? }` and gets one reply
// `{ id, rows? , error? }`. A transaction is opened by `begin` and ended by `end` (commit) or `abort`.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const loaded = await import(workerData.pglite);
  const PGlite = loaded.PGlite ?? loaded.default.PGlite;
  const db = workerData.dataDir ? await PGlite.create(workerData.dataDir) : await PGlite.create();
  const txs = new Map();
  const fail = (error) => ({
    message: error && error.message ? String(error.message) : String(error),
    code: error && error.code,
    detail: error && error.detail,
  });
  parentPort.on('message', async ({ id, op, sql, params, tx }) => {
    try {
      if (op === 'begin') {
        await new Promise((opened, failed) => {
          const done = db.transaction((handle) => new Promise((commit, rollback) => {
            txs.set(id, { handle, commit, rollback, done });
            opened();
          }));
          done.catch(failed).finally(() => txs.delete(id));
        });
        parentPort.postMessage({ id });
        return;
      }
      if (op === 'end' || op === 'abort') {
        const open = txs.get(tx);
        if (op === 'end') {
          open.commit();
          await open.done;
        } else {
          open.rollback(new Error('rolled back'));
          await open.done.catch(() => {});
        }
        parentPort.postMessage({ id });
        return;
      }
      if (op === 'close') {
        await db.close();
        parentPort.postMessage({ id });
        return;
      }
      const runner = tx === undefined ? db : txs.get(tx).handle;
      if (op === 'exec') {
        await runner.exec(sql);
        parentPort.postMessage({ id });
      } else {
        const result = await runner.query(sql, params);
        parentPort.postMessage({ id, rows: result.rows });
      }
    } catch (error) {
      parentPort.postMessage({ id, error: fail(error) });
    }
  });
  parentPort.postMessage({ id: 0 });
})().catch((error) => {
  parentPort.postMessage({ id: 0, error: { message: String(error && error.message ? error.message : error) } });
});
`;

interface Reply {
  id: number;
  rows?: never[];
  error?: { message: string; code?: string; detail?: string };
}

/** Where the worker loads PGlite from: the same copy this module imports. */
function pgliteUrl(): string {
  try {
    return import.meta.resolve('@electric-sql/pglite');
  } catch {
    // Hosts without `import.meta.resolve` (some test runners): the CommonJS entry is the same PGlite.
    return pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  }
}

async function inWorker(dataDir: string | undefined): Promise<SqlRunner> {
  const pglite = pgliteUrl();
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { dataDir, pglite } });
  const waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let gone: Error | undefined;
  const settle = (reply: Reply) => {
    const entry = waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id);
    // An idle worker must not keep the process alive; one with a request in flight must.
    if (waiting.size === 0) worker.unref();
    if (reply.error) {
      entry.reject(
        Object.assign(new Error(reply.error.message), { code: reply.error.code, detail: reply.error.detail }),
      );
    } else entry.resolve(reply);
  };
  const stop = (error: Error) => {
    gone = error;
    for (const [id, entry] of waiting) {
      waiting.delete(id);
      entry.reject(error);
    }
  };
  worker.on('message', settle);
  worker.on('error', (error) => stop(error));
  worker.on('exit', (code) => stop(new Error(`the PGlite worker stopped (exit code ${code})`)));
  const ask = (message: { op: string; sql?: string; params?: readonly unknown[]; tx?: number }, id = ++lastId) =>
    new Promise<Reply>((resolve, reject) => {
      if (gone) return reject(gone);
      waiting.set(id, { resolve, reject });
      worker.ref();
      if (id !== 0) worker.postMessage({ id, ...message });
    });
  await ask({ op: 'ready' }, 0);
  const on = (tx?: number): Pick<SqlRunner, 'query' | 'script'> => ({
    query: async (sql, params) => (await ask({ op: 'query', sql, params: params ?? [], tx })).rows ?? [],
    script: async (sql) => {
      await ask({ op: 'exec', sql, tx });
    },
  });
  return {
    ...on(),
    transaction: async (body) => {
      const opened = ++lastId;
      await ask({ op: 'begin' }, opened);
      let result: Awaited<ReturnType<typeof body>>;
      try {
        result = await body(on(opened));
      } catch (error) {
        await ask({ op: 'abort', tx: opened });
        throw error;
      }
      await ask({ op: 'end', tx: opened });
      return result;
    },
    close: async () => {
      if (gone) return;
      await ask({ op: 'close' });
      // The database is closed (everything written): nothing is left for the thread to do.
      await worker.terminate();
    },
  };
}
