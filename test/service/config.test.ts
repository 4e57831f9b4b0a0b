/** The configuration read from the environment: its defaults, the values it takes, and every bad one reported. */
import t from 'tap';
import { ConfigError, loadConfig } from '../../src/config.js';

t.test('configuration', async (t) => {
  t.test('defaults', async (t) => {
    const config = loadConfig({});
    t.equal(config.PORT, 3000);
    t.equal(config.HOST, '127.0.0.1');
    t.equal(config.LOG_LEVEL, 'info');
    t.equal(config.CORS_ORIGIN, '*');
    t.equal(config.RATE_LIMIT_MAX, 0, 'rate limiting is off unless configured');
    t.equal(config.RATE_LIMIT_WINDOW, '1 minute');
    t.equal(config.CACHE_MAX_AGE, 300);
    t.equal(config.TRUST_PROXY, 'false');
    t.equal(config.STREAM_HEARTBEAT_MS, 15_000, 'a change stream heartbeat every 15 s');
    t.equal(config.STREAM_MAX_CONNECTIONS, 1000);
    t.match(config.DATABASE_PATH, /data[\\/]encyclopedia\.db$/);
  });

  t.test('values from the environment', async (t) => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_PATH: '/tmp/x.db',
      LOG_LEVEL: 'warn',
      CORS_ORIGIN: 'https://a.example, http://localhost:5173',
      RATE_LIMIT_MAX: '100',
      RATE_LIMIT_WINDOW: '30 seconds',
      CACHE_MAX_AGE: '60',
    });
    t.match(config, {
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_PATH: '/tmp/x.db',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: 100,
      RATE_LIMIT_WINDOW: '30 seconds',
      CACHE_MAX_AGE: 60,
    });
    t.equal(loadConfig({ PORT: '' }).PORT, 3000, 'an empty variable means the default');
  });

  const rejects = (env: Record<string, string>, message: string) => {
    t.throws(() => loadConfig(env), new ConfigError([message]), message);
  };
  rejects({ PORT: 'abc' }, 'PORT must be an integer 1–65535, got "abc"');
  rejects({ PORT: '70000' }, 'PORT must be an integer 1–65535, got "70000"');
  rejects({ PORT: '30.5' }, 'PORT must be an integer 1–65535, got "30.5"');
  rejects({ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
  rejects({ RATE_LIMIT_MAX: '-1' }, 'RATE_LIMIT_MAX must be an integer 0–1000000 (0 turns rate limiting off), got "-1"');
  rejects({ RATE_LIMIT_MAX: 'lots' }, 'RATE_LIMIT_MAX must be an integer 0–1000000 (0 turns rate limiting off), got "lots"');
  rejects(
    { RATE_LIMIT_WINDOW: 'soon' },
    'RATE_LIMIT_WINDOW must be a positive duration like "1 minute", "30 s" or a number of milliseconds, got "soon"',
  );
  rejects(
    { TRUST_PROXY: 'yes' },
    'TRUST_PROXY must be "true", "false", a number of hops or a comma-separated list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal), got "yes"',
  );
  rejects({ STREAM_HEARTBEAT_MS: '5' }, 'STREAM_HEARTBEAT_MS must be an integer number of milliseconds 10–3600000, got "5"');
  rejects({ STREAM_MAX_CONNECTIONS: 'many' }, 'STREAM_MAX_CONNECTIONS must be an integer 0–100000, got "many"');
  rejects({ CORS_ORIGIN: 'example.org' }, 'CORS_ORIGIN must be "*" or a comma-separated list of origins like https://example.org, got "example.org"');

  t.test('every bad variable is reported at once', async (t) => {
    const error = t.throws(() => loadConfig({ PORT: '0', CACHE_MAX_AGE: 'x' })) as ConfigError;
    t.equal(error.problems.length, 2);
    t.match(error.message, /^PORT must be .*\nCACHE_MAX_AGE must be/);
  });
});
