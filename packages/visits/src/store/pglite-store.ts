import { PGlite } from '@electric-sql/pglite';
import { SqlStore } from './sql-store.js';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), in a data folder, no server to install.
 * `dataDir` omitted keeps everything in memory (tests, trials); an open `PGlite` is used as it is.
 */
export async function openPgliteStore(dataDir?: string | PGlite): Promise<SqlStore> {
  const db = dataDir instanceof PGlite ? dataDir : dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const store = new SqlStore('pglite', {
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
  });
  await store.migrate();
  return store;
}
