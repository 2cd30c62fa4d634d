import { VisitsError } from './errors.js';
import { ENV, readConfig } from './server/config.js';
import { startServer } from './server/start-server.js';

const USAGE = `Usage: vnportal-visits serve

Starts the visit counter service. Settings come from the environment:
${Object.entries(ENV)
  .map(([name, value]) => `  ${name.padEnd(28)} ${value ? `default ${value}` : '(unset)'}`)
  .join('\n')}
See the README of @vnportal/visits for what each one does.`;

/** The bin: `vnportal-visits serve`. Answers the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
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
