/**
 * The service's configuration: one TypeBox schema for the environment, validated once at start-up.
 * Each variable carries its default and a `must` phrase, so a bad value is reported as
 * `PORT must be an integer 1–65535, got "abc"` instead of a stack trace.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { defaultDatabasePath } from './paths.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ORIGIN = String.raw`https?://[A-Za-z0-9.-]+(:\d{1,5})?`;
/** An address or CIDR as proxy-addr takes them, or one of its names for reserved ranges. */
const PROXY = String.raw`(loopback|linklocal|uniquelocal|[0-9A-Fa-f]*[.:][0-9A-Fa-f.:]*(/\d{1,3})?)`;
const DURATION_UNIT = '(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)';

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({
    minimum: 1,
    maximum: 65535,
    default: 3000,
    description: 'TCP port to listen on',
    must: 'an integer 1–65535',
  }),
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
    description: 'Interface to listen on (`0.0.0.0` for every interface, as in the container)',
    must: 'a host name or IP address',
  }),
  DATABASE_PATH: Type.String({
    minLength: 1,
    default: '',
    description: 'The SQLite database file; built from `seed/` at start-up when missing (default `data/encyclopedia.db`)',
    must: 'a file path',
  }),
  LOG_LEVEL: Type.Union(
    LOG_LEVELS.map((level) => Type.Literal(level)),
    { default: 'info', description: 'pino log level', must: `one of ${LOG_LEVELS.join(', ')}` },
  ),
  CORS_ORIGIN: Type.String({
    pattern: `^(\\*|${ORIGIN}(,\\s*${ORIGIN})*)$`,
    default: '*',
    description: 'Origins allowed to read responses cross-origin: `*`, or a comma-separated list of origins',
    must: '"*" or a comma-separated list of origins like https://example.org',
  }),
  MCP_ALLOWED_ORIGINS: Type.String({
    pattern: `^(${ORIGIN}(,\\s*${ORIGIN})*)?$`,
    default: '',
    description:
      'Origins whose pages may call the MCP endpoint `/mcp` (comma-separated); a request with any other `Origin` is refused ' +
      'with 403 (DNS rebinding protection). Empty: only clients that send no `Origin` (assistants, not browsers)',
    must: 'a comma-separated list of origins like http://localhost:6274, or empty',
  }),
  TRUST_PROXY: Type.String({
    pattern: `^(true|false|\\d{1,2}|${PROXY}(\\s*,\\s*${PROXY})*)$`,
    default: 'false',
    description:
      'Whether client addresses come from `X-Forwarded-For` (for rate limiting and logs): `false`, `true` (any proxy), ' +
      'a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs',
    must: '"true", "false", a number of hops or a comma-separated list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)',
  }),
  RATE_LIMIT_MAX: Type.Integer({
    minimum: 0,
    maximum: 1_000_000,
    default: 0,
    description: 'Requests per client IP per window; 0 turns rate limiting off',
    must: 'an integer 0–1000000 (0 turns rate limiting off)',
  }),
  RATE_LIMIT_WINDOW: Type.String({
    pattern: `^[1-9]\\d* *${DURATION_UNIT}?$`,
    default: '1 minute',
    description: 'The rate-limit window: milliseconds, or a duration like `30 seconds`, `1 minute`, `1 hour`',
    must: 'a positive duration like "1 minute", "30 s" or a number of milliseconds',
  }),
  SHED_EVENT_LOOP_DELAY: Type.Integer({
    minimum: 0,
    maximum: 60_000,
    default: 1000,
    description: 'Mean event-loop delay (ms) above which requests are shed with a 503 problem; 0 turns shedding off',
    must: 'an integer number of milliseconds 0–60000 (0 turns shedding off)',
  }),
  CACHE_MAX_AGE: Type.Integer({
    minimum: 0,
    maximum: 31_536_000,
    default: 300,
    description: '`Cache-Control: max-age` of successful GET responses, in seconds',
    must: 'an integer number of seconds 0–31536000',
  }),
  CACHE_STALE_WHILE_REVALIDATE: Type.Integer({
    minimum: 0,
    maximum: 31_536_000,
    default: 86_400,
    description: '`Cache-Control: stale-while-revalidate` of successful GET responses, in seconds',
    must: 'an integer number of seconds 0–31536000',
  }),
  STREAM_HEARTBEAT_MS: Type.Integer({
    minimum: 10,
    maximum: 3_600_000,
    default: 15_000,
    description: 'Milliseconds between the comment heartbeats of an idle change stream (`/v1/changes/stream`), which keep proxies from closing it',
    must: 'an integer number of milliseconds 10–3600000',
  }),
  STREAM_MAX_CONNECTIONS: Type.Integer({
    minimum: 0,
    maximum: 100_000,
    default: 1000,
    description: 'Change streams (`/v1/changes/stream`) a server holds open at once; one more is refused with a 503 problem (0: none allowed)',
    must: 'an integer 0–100000',
  }),
  SITE_LICENSE_ID: Type.String({
    maxLength: 200,
    pattern: '^[^\\u0000-\\u001f]*$',
    default: '',
    description: "The licence of the site's content, as every article and `/cite` name it (e.g. `CC-BY-SA-4.0`), spelt as given; empty: no licence (`license` is null)",
    must: 'a licence name or SPDX id of at most 200 characters, on one line',
  }),
  SITE_LICENSE_URL: Type.String({
    pattern: '^(https?://\\S+)?$',
    maxLength: 2048,
    default: '',
    description: 'Where the licence is read (e.g. `https://creativecommons.org/licenses/by-sa/4.0/`); set with SITE_LICENSE_ID',
    must: 'an http(s) URL',
  }),
});

export type Config = Static<typeof ConfigSchema>;

/** The site's licence as the articles give it: null when SITE_LICENSE_ID is not set. */
export function licenseOf(config: Pick<Config, 'SITE_LICENSE_ID' | 'SITE_LICENSE_URL'>): { id: string; url: string | null } | null {
  return config.SITE_LICENSE_ID === '' ? null : { id: config.SITE_LICENSE_ID, url: config.SITE_LICENSE_URL || null };
}

/** TRUST_PROXY as fastify's `trustProxy` option: all, none, the nearest N hops, or these addresses. */
export function trustProxyOf(setting: string): boolean | string | ((address: string, hop: number) => boolean) {
  if (setting === 'true' || setting === 'false') return setting === 'true';
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return setting;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Environment values are strings: integers are converted only when they are plainly digits. */
function convert(schema: TSchema, raw: string): unknown {
  const type = (schema as { type?: unknown }).type;
  return type === 'integer' && /^\d{1,16}$/.test(raw) ? Number(raw) : raw;
}

/** Reads the configuration from the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(ConfigSchema.properties) as unknown as [string, TSchema & { default: unknown; must: string }][]) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') {
      values[name] = schema.default;
      continue;
    }
    const value = convert(schema, raw);
    if (Value.Check(schema, value)) values[name] = value;
    else problems.push(`${name} must be ${schema.must}, got ${JSON.stringify(env[name])}`);
  }
  if (values.SITE_LICENSE_URL !== '' && values.SITE_LICENSE_ID === '') problems.push('SITE_LICENSE_URL needs SITE_LICENSE_ID, the name of the licence it links to');
  if (problems.length > 0) throw new ConfigError(problems);
  values.DATABASE_PATH = defaultDatabasePath({ DATABASE_PATH: values.DATABASE_PATH as string });
  return values as Config;
}
