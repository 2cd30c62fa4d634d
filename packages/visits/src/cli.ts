import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VisitsError } from './errors.js';
import { ENV, readConfig } from './server/config.js';
import { startServer } from './server/start-server.js';
import { openPgliteStore } from './store/pglite-store.js';
import { openPostgresStore } from './store/postgres-store.js';
import type { VisitStore } from './store/store.js';

const USAGE = `Usage: vnportal-visits serve
       vnportal-visits copy --from <folder or postgres://…> --to <folder or postgres://…>

serve: starts the visit counter service. Settings come from the environment:
${Object.entries(ENV)
  .map(([name, value]) => `  ${name.padEnd(28)} ${value ? `default ${value}` : '(unset)'}`)
  .join('\n')}
copy: copies the sites and every daily figure from one store to another, which must hold no site yet (for
  moving from the embedded store to PostgreSQL, or a backup). Stop the service on an embedded folder first.
See the README of @vnportal/visits for what each one does.`;

/** The bin: `vnportal-visits serve`. Answers the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'copy') return copy(rest);
  if (command !== 'serve' || rest.length > 0) {
    console.error(`vnportal-visits: unknown command ${JSON.stringify(argv.join(' '))}\n\n${USAGE}`);
    return 2;
  }
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof VisitsError) {
      console.error(`vnportal-visits: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { logLevel, ...options } = config;
  const server = await startServer({ ...options, logger: { level: logLevel } });
  server.app.log.info(`vnportal-visits listening on ${server.url} (store: ${server.counter.store.engine})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      server.app.log.info(`${signal}: writing the last hits and stopping`);
      server.close().then(resolve, (error) => {
        server.app.log.error({ err: error }, 'stopping failed');
        process.exitCode = 1;
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return process.exitCode === undefined ? 0 : Number(process.exitCode);
}

const isPostgresUrl = (where: string) => /^postgres(?:ql)?:\/\//i.test(where);

/** `vnportal-visits copy --from A --to B`: the sites and daily figures of store A into the empty store B. */
async function copy(argv: readonly string[]): Promise<number> {
  let from: string | undefined;
  let to: string | undefined;
  try {
    ({
      values: { from, to },
    } = parseArgs({ args: [...argv], options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`vnportal-visits copy: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const problem = !from
    ? '--from is missing: the folder of the embedded store or a postgres:// URL to copy from'
    : !to
      ? '--to is missing: an empty folder (made if absent) or a postgres:// URL to copy into'
      : from === to
        ? `--from and --to are the same store (${JSON.stringify(from)})`
        : !isPostgresUrl(from) && !existsSync(join(from, 'PG_VERSION'))
          ? `--from: ${JSON.stringify(from)} is not the folder of an embedded store (it holds no PG_VERSION file)`
          : !isPostgresUrl(to) && existsSync(to) && readdirSync(to).length > 0 && !existsSync(join(to, 'PG_VERSION'))
            ? `--to: ${JSON.stringify(to)} is a folder with other files in it; give an empty or new folder`
            : undefined;
  if (problem || !from || !to) {
    console.error(`vnportal-visits copy: ${problem}`);
    return 2;
  }
  const open = (where: string): Promise<VisitStore> =>
    isPostgresUrl(where) ? openPostgresStore(where, { max: 2 }) : openPgliteStore(where);
  const source = await open(from);
  try {
    const figures = await source.exportFigures();
    const target = await open(to);
    try {
      await target.importFigures(figures);
      const copied = await target.exportFigures();
      const visits = copied.daily.reduce((sum, d) => sum + d.visits, 0);
      console.log(
        `vnportal-visits copy: ${copied.sites.length} site(s) and ${copied.daily.length} daily figure(s) (${visits} visits) copied from ${describe(from)} to ${describe(to)}`,
      );
      return 0;
    } finally {
      await target.close();
    }
  } catch (error) {
    if (!(error instanceof VisitsError)) throw error;
    console.error(`vnportal-visits copy: ${error.message}`);
    return 1;
  } finally {
    await source.close();
  }
}

// A URL is shown without its password.
function describe(where: string): string {
  if (!isPostgresUrl(where)) return JSON.stringify(where);
  const url = new URL(where);
  if (url.password) url.password = '***';
  return url.href;
}
