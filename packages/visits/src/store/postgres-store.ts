import postgres from 'postgres';
import { SqlStore } from './sql-store.js';

/**
 * A PostgreSQL server by URL (`postgres://user:pass@host:5432/db`). Several service instances may share one
 * database: every figure is decided by the database, so they agree.
 */
export async function openPostgresStore(url: string, options: { max?: number } = {}): Promise<SqlStore> {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {}, idle_timeout: 60 });
  const store = new SqlStore('postgres', {
    query: async (text, params) => (await sql.unsafe(text, (params ?? []) as never[])) as never[],
    script: async (text) => {
      await sql.unsafe(text);
    },
    transaction: async (body) =>
      (await sql.begin((tx) =>
        body({
          query: async (text, params) => (await tx.unsafe(text, (params ?? []) as never[])) as never[],
          script: async (text) => {
            await tx.unsafe(text);
          },
        }),
      )) as never,
    close: () => sql.end({ timeout: 5 }),
  });
  await store.migrate();
  return store;
}
