import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
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

/** What is wrong with `copy`'s arguments, or undefined. Folders are compared by their real paths. */
function copyProblem(from: string | undefined, to: string | undefined): string | undefined {
  if (!from) return '--from is missing: the folder of the embedded store or a postgres:// URL to copy from';
  if (!to) return '--to is missing: an empty folder (made if absent) or a postgres:// URL to copy into';
  const real = (where: string) => (isPostgresUrl(where) || !existsSync(where) ? where : realpathSync(where));
  if (real(from) === real(to)) return `--from and --to are the same store (${describe(from)})`;
  for (const [option, where] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (isPostgresUrl(where)) continue;
    const shown = JSON.stringify(where);
    const exists = existsSync(where);
    if (exists && !statSync(where).isDirectory()) return `${option}: ${shown} is a file, not a folder`;
    if (option === '--from' && !existsSync(join(where, 'PG_VERSION'))) {
      return `--from: ${shown} is not the folder of an embedded store (it holds no PG_VERSION file)`;
    }
    if (exists && readdirSync(where).length > 0 && !existsSync(join(where, 'PG_VERSION'))) {
      return `${option}: ${shown} is a folder with other files in it; give an empty or new folder`;
    }
    // PGlite writes postmaster.pid while the folder is open and removes it on close: one process at a time.
    if (existsSync(join(where, 'postmaster.pid'))) {
      return `${option}: ${shown} is open in a running service (it holds postmaster.pid): stop the service first. If none runs (it was killed), start and stop it once so that it closes the folder`;
    }
  }
  return undefined;
}

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
  const problem = copyProblem(from, to);
  if (problem || !from || !to) {
    console.error(`vnportal-visits copy: ${problem}`);
    return 2;
  }
  const open = (where: string): Promise<VisitStore> =>
    isPostgresUrl(where) ? openPostgresStore(where, { max: 2 }) : openPgliteStore(where);
  const stores: VisitStore[] = [];
  try {
    const source = await open(from);
    stores.push(source);
    const figures = await source.exportFigures();
    const target = await open(to);
    stores.push(target);
    await target.importFigures(figures);
    const copied = await target.exportFigures();
    const visits = copied.daily.reduce((sum, d) => sum + d.visits, 0);
    console.log(
      `vnportal-visits copy: ${copied.sites.length} site(s) and ${copied.daily.length} daily figure(s) (${visits} visits) copied from ${describe(from)} to ${describe(to)}`,
    );
    return 0;
  } catch (error) {
    // The target holds sites already (1), or a store could not be opened or written (3): one line, no stack,
    // and no password of either URL.
    const message = redact(error instanceof Error ? error.message : String(error), [from, to]);
    console.error(`vnportal-visits copy: ${error instanceof VisitsError ? '' : 'could not copy: '}${message}`);
    return error instanceof VisitsError ? 1 : 3;
  } finally {
    for (const store of stores.reverse()) await store.close().catch(() => {});
  }
}

// A store as messages name it: a folder quoted, a URL without its password (never throws, whatever the URL).
function describe(where: string): string {
  return isPostgresUrl(where) ? where.replace(/^([a-z]+:\/\/[^/@:]*:)[^/@]*@/i, '$1***@') : JSON.stringify(where);
}

function redact(message: string, wheres: readonly string[]): string {
  let out = message;
  for (const where of wheres) {
    const password = isPostgresUrl(where) ? /^[a-z]+:\/\/[^/@:]*:([^/@]*)@/i.exec(where)?.[1] : undefined;
    if (password) out = out.replaceAll(where, describe(where)).replaceAll(password, '***');
  }
  return out;
}
