import { readFileSync } from 'node:fs';
import { describeValue, type ValidationIssue, VisitsValidationError } from '../errors.js';
import type { StartServerOptions } from './start-server.js';

/** The environment variables `vnportal-visits serve` reads, with their defaults (documented in the README). */
export const ENV = {
  VNP_VISITS_PORT: '8787',
  VNP_VISITS_HOST: '127.0.0.1',
  VNP_VISITS_DATABASE_URL: '',
  VNP_VISITS_DATA_DIR: './vnportal-visits-data',
  VNP_VISITS_ADMIN_TOKEN: '',
  VNP_VISITS_ADMIN_TOKEN_FILE: '',
  VNP_VISITS_TRUST_PROXY: '',
  VNP_VISITS_RATE_LIMIT: '60',
  VNP_VISITS_BATCH_MS: '1000',
  VNP_VISITS_LOG_LEVEL: 'info',
} as const;

export interface ServeConfig extends StartServerOptions {
  port: number;
  host: string;
  adminToken: string;
  logLevel: string;
}

/**
 * Reads the service's settings from the environment, once, at start.
 * @throws VisitsValidationError naming every variable that is wrong or missing.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const issues: ValidationIssue[] = [];
  const get = (name: keyof typeof ENV) => (env[name] ?? '').trim() || ENV[name];
  const problem = (path: string, value: unknown, text: string) =>
    issues.push({ path, value, message: `${path}: ${describeValue(value)} ${text}` });
  const int = (name: keyof typeof ENV, min: number, max: number) => {
    const raw = get(name);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max)
      problem(name, raw, `is not a whole number from ${min} to ${max}`);
    return value;
  };

  const port = int('VNP_VISITS_PORT', 0, 65535);
  const rateLimitPerMinute = int('VNP_VISITS_RATE_LIMIT', 1, 100_000);
  const batchIntervalMs = int('VNP_VISITS_BATCH_MS', 10, 1000);
  const databaseUrl = get('VNP_VISITS_DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problem('VNP_VISITS_DATABASE_URL', '(hidden)', 'is not a postgres:// or postgresql:// URL');
  }

  let adminToken = get('VNP_VISITS_ADMIN_TOKEN');
  const tokenFile = get('VNP_VISITS_ADMIN_TOKEN_FILE');
  if (adminToken && tokenFile) {
    problem('VNP_VISITS_ADMIN_TOKEN_FILE', tokenFile, 'is set beside VNP_VISITS_ADMIN_TOKEN: set only one');
  } else if (tokenFile) {
    try {
      adminToken = readFileSync(tokenFile, 'utf8').trim();
    } catch (error) {
      problem('VNP_VISITS_ADMIN_TOKEN_FILE', tokenFile, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  if (!adminToken && !issues.some((i) => i.path === 'VNP_VISITS_ADMIN_TOKEN_FILE')) {
    issues.push({
      path: 'VNP_VISITS_ADMIN_TOKEN',
      value: '',
      message:
        'VNP_VISITS_ADMIN_TOKEN: is required (there is no default): set it, or VNP_VISITS_ADMIN_TOKEN_FILE, to a secret of 24 characters or more, e.g. `openssl rand -base64 32`',
    });
  } else if (adminToken && adminToken.length < 24) {
    issues.push({
      path: 'VNP_VISITS_ADMIN_TOKEN',
      value: '(hidden)',
      message: `VNP_VISITS_ADMIN_TOKEN: has ${adminToken.length} characters; use 24 or more`,
    });
  }

  const trustProxy = get('VNP_VISITS_TRUST_PROXY')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of trustProxy) {
    if (!/^[0-9a-f.:]+(\/\d{1,3})?$/i.test(entry) && !['loopback', 'linklocal', 'uniquelocal'].includes(entry)) {
      problem('VNP_VISITS_TRUST_PROXY', entry, 'is not an IP address, a CIDR range, or loopback/linklocal/uniquelocal');
    }
  }

  if (issues.length > 0) throw new VisitsValidationError('settings', issues);
  return {
    port,
    host: get('VNP_VISITS_HOST'),
    adminToken,
    trustProxy,
    rateLimitPerMinute,
    batchIntervalMs,
    store: databaseUrl ? { postgres: databaseUrl } : { dataDir: get('VNP_VISITS_DATA_DIR') },
    logLevel: get('VNP_VISITS_LOG_LEVEL'),
  };
}
