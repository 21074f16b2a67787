import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  let dataDir: string;
  const load = (env: NodeJS.ProcessEnv) =>
    loadConfig({ env: { DATA_DIR: dataDir, ...env }, assetsDir: '/assets', defaultWebRoot: '/web' });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ownerdash-config-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has working defaults for development, with the embedded database', () => {
    const config = load({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      embeddedDatabasePort: 54320,
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      webRoot: '/web',
      demoPortfolio: true,
    });
  });

  it('fills the demo portfolios unless DEMO_PORTFOLIO is false', () => {
    expect(load({ DEMO_PORTFOLIO: 'false' }).demoPortfolio).toBe(false);
    expect(load({ DEMO_PORTFOLIO: 'true' }).demoPortfolio).toBe(true);
    expect(() => load({ DEMO_PORTFOLIO: 'no' })).toThrow(/DEMO_PORTFOLIO must be true or false \(got "no"\)/);
  });

  it('audits unless AUDIT_ENABLED is false, which production refuses', () => {
    expect(load({}).auditEnabled).toBe(true);
    expect(load({ AUDIT_ENABLED: 'false' }).auditEnabled).toBe(false);
    expect(() => load({ AUDIT_ENABLED: 'off' })).toThrow(/AUDIT_ENABLED must be true or false \(got "off"\)/);
    expect(() => load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), AUDIT_ENABLED: 'false' })).toThrow(
      /AUDIT_ENABLED=false is refused when NODE_ENV=production/,
    );
  });

  it('generates the JWT secret once into the data folder, readable by its owner only', () => {
    const first = load({}).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(load({}).jwtSecret).toBe(first);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => load({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => load({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
  });

  it('generates the field encryption key ring once into the data folder outside production', () => {
    const first = load({}).fieldEncryptionKeys;
    expect(first.primaryKeyId).toBe('k1');
    expect(first.keys.get('k1')).toHaveLength(32);
    expect(load({}).fieldEncryptionKeys).toEqual(first);
    expect(statSync(join(dataDir, 'field-encryption-keys')).mode & 0o777).toBe(0o600);
  });

  it('reads FIELD_ENCRYPTION_KEYS, the first key primary', () => {
    const keys = `new:${Buffer.alloc(32, 2).toString('base64')},old:${Buffer.alloc(32, 1).toString('base64')}`;
    const ring = load({ FIELD_ENCRYPTION_KEYS: keys }).fieldEncryptionKeys;
    expect(ring.primaryKeyId).toBe('new');
    expect([...ring.keys.keys()]).toEqual(['new', 'old']);
  });

  it('refuses to start without FIELD_ENCRYPTION_KEYS in production, or with a malformed one', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => load(production)).toThrow(/FIELD_ENCRYPTION_KEYS is required when NODE_ENV=production/);
    expect(() => load({ ...production, FIELD_ENCRYPTION_KEYS: 'k1:too-short' })).toThrow(
      /FIELD_ENCRYPTION_KEYS key "k1" must be 32 bytes in base64/,
    );
    expect(() => load({ FIELD_ENCRYPTION_KEYS: 'no key id' })).toThrow(ConfigError);
  });

  it('lists every problem at once', () => {
    try {
      load({
        NODE_ENV: 'staging',
        PORT: 'eighty',
        JWT_SECRET: 'short',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'ftp://x',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'NODE_ENV must be one of development, production, test (got "staging")',
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'DATABASE_URL must be a postgres:// connection string',
        'JWT_SECRET must be at least 32 characters long',
        'PUBLIC_URL must be an http(s) URL (got "ftp://x")',
      ]);
    }
  });

  it('uses secure cookies behind an https public URL and reads proxy trust', () => {
    const config = load({ PUBLIC_URL: 'https://dash.example.com/', TRUST_PROXY: '1' });
    expect(config.publicUrl).toBe('https://dash.example.com');
    expect(config.secureCookies).toBe(true);
    expect(config.trustProxy).toBe(1);
  });

  it('bounds password hashing to the available cores, with a short queue, unless told otherwise', () => {
    const cores = availableParallelism();
    expect(load({})).toMatchObject({
      passwordHashConcurrency: cores,
      passwordHashQueue: 4 * cores,
      passwordHashMaxWaitMs: 2000,
    });
    expect(
      load({ PASSWORD_HASH_CONCURRENCY: '3', PASSWORD_HASH_QUEUE: '0', PASSWORD_HASH_MAX_WAIT_MS: '500' }),
    ).toMatchObject({ passwordHashConcurrency: 3, passwordHashQueue: 0, passwordHashMaxWaitMs: 500 });
    expect(load({ PASSWORD_HASH_CONCURRENCY: '3' }).passwordHashQueue).toBe(12);
  });

  it('refuses password hashing limits that are not whole numbers', () => {
    try {
      load({ PASSWORD_HASH_CONCURRENCY: '0', PASSWORD_HASH_QUEUE: '-1', PASSWORD_HASH_MAX_WAIT_MS: '2s' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PASSWORD_HASH_CONCURRENCY must be a whole number of at least 1 (got "0")',
        'PASSWORD_HASH_QUEUE must be a whole number of at least 0 (got "-1")',
        'PASSWORD_HASH_MAX_WAIT_MS must be a whole number of at least 0 (got "2s")',
      ]);
    }
  });

  it('keeps audit entries 400 days unless AUDIT_RETENTION_DAYS says otherwise, and refuses a retention that is no whole number of days', () => {
    expect(load({}).auditRetentionDays).toBe(400);
    expect(load({ AUDIT_RETENTION_DAYS: '30' }).auditRetentionDays).toBe(30);
    for (const value of ['0', '1.5', 'a year']) {
      try {
        load({ AUDIT_RETENTION_DAYS: value });
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect((error as ConfigError).problems).toEqual([
          `AUDIT_RETENTION_DAYS must be a whole number of at least 1 (got "${value}")`,
        ]);
      }
    }
  });
});
