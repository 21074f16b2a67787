import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { FieldKeyRing } from '../field-encryption/field-key-ring';
import { NodeEnv, UnresolvedConfig } from './app-config';
import { ConfigError } from './config-error';
import { dataDirSecret } from './data-dir-secret';
import { readFieldKeyRing } from './field-keys-config';

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const MIN_JWT_SECRET_LENGTH = 32;
/** A scraper's token is as long as a good password at least: it is guessed only at network speed. */
const MIN_METRICS_TOKEN_LENGTH = 16;

export interface ConfigInputs {
  readonly env: NodeJS.ProcessEnv;
  /** Where the running code finds its assets and, by default, the built web app. */
  readonly assetsDir: string;
  readonly defaultWebRoot: string | undefined;
}

function readCount(
  env: NodeJS.ProcessEnv,
  name: string,
  { fallback, min }: { fallback: number; min: number },
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || count < min) {
    problems.push(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return count;
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const port = Number(env[name] ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name} must be a whole number from 0 to 65535 (got "${env[name]}")`);
  }
  return port;
}

/** Reads and checks the environment; throws a ConfigError listing every problem at once. */
export function loadConfig({ env, assetsDir, defaultWebRoot }: ConfigInputs): UnresolvedConfig {
  const problems: string[] = [];
  const rawEnv = env['NODE_ENV'] ?? 'development';
  const nodeEnv = NODE_ENVS.find((candidate) => candidate === rawEnv) ?? 'development';
  if (!NODE_ENVS.includes(rawEnv as NodeEnv)) {
    problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${rawEnv}")`);
  }
  const dataDir = resolve(env['DATA_DIR'] ?? 'data');
  const port = readPort(env, 'PORT', 3000, problems);
  const embeddedDatabasePort = readPort(env, 'EMBEDDED_DATABASE_PORT', 54320, problems);
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// connection string');
  }

  const jwtSecret = env['JWT_SECRET'];
  if (jwtSecret !== undefined && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters long`);
  }
  if (jwtSecret === undefined && nodeEnv === 'production') {
    problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }

  const fieldEncryptionKeys = readFieldKeyRing(env, nodeEnv === 'production', dataDir, problems);

  const publicUrl = (env['PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) {
    problems.push(`PUBLIC_URL must be an http(s) URL (got "${env['PUBLIC_URL']}")`);
  }

  const demoPassword = env['DEMO_PASSWORD'];
  if (demoPassword !== undefined && (demoPassword.length < 12 || demoPassword.length > 128)) {
    problems.push('DEMO_PASSWORD must be 12 to 128 characters long');
  }

  const demoPortfolio = env['DEMO_PORTFOLIO'] || 'true';
  if (demoPortfolio !== 'true' && demoPortfolio !== 'false') {
    problems.push(`DEMO_PORTFOLIO must be true or false (got "${demoPortfolio}")`);
  }

  const passwordHashConcurrency = readCount(
    env,
    'PASSWORD_HASH_CONCURRENCY',
    { fallback: availableParallelism(), min: 1 },
    problems,
  );
  const passwordHashQueue = readCount(
    env,
    'PASSWORD_HASH_QUEUE',
    { fallback: 4 * passwordHashConcurrency, min: 0 },
    problems,
  );
  const passwordHashMaxWaitMs = readCount(env, 'PASSWORD_HASH_MAX_WAIT_MS', { fallback: 2000, min: 0 }, problems);

  const chatSendRate = readCount(env, 'CHAT_SEND_RATE', { fallback: 10, min: 1 }, problems);
  const chatSendBurst = readCount(env, 'CHAT_SEND_BURST', { fallback: 30, min: 1 }, problems);
  const auditEnabled = env['AUDIT_ENABLED'] || 'true';
  if (auditEnabled !== 'true' && auditEnabled !== 'false') {
    problems.push(`AUDIT_ENABLED must be true or false (got "${auditEnabled}")`);
  }
  if (auditEnabled === 'false' && nodeEnv === 'production') {
    problems.push('AUDIT_ENABLED=false is refused when NODE_ENV=production: the audit trail is always on there');
  }
  const auditRetentionDays = readCount(env, 'AUDIT_RETENTION_DAYS', { fallback: 400, min: 1 }, problems);

  const redisUrl = env['REDIS_URL'] || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  }

  const metricsToken = env['METRICS_TOKEN'] || undefined;
  if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  }

  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  }

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  return {
    nodeEnv,
    port,
    databaseUrl,
    embeddedDatabasePort,
    dataDir,
    webRoot: env['WEB_ROOT'] ? resolve(env['WEB_ROOT']) : defaultWebRoot,
    assetsDir,
    jwtSecret: jwtSecret ?? dataDirSecret(dataDir, 'jwt-secret'),
    // Set whenever no problem was found.
    fieldEncryptionKeys: fieldEncryptionKeys as FieldKeyRing,
    publicUrl,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    secureCookies: env['SECURE_COOKIES'] ? env['SECURE_COOKIES'] === 'true' : publicUrl.startsWith('https://'),
    passwordHashConcurrency,
    passwordHashQueue,
    passwordHashMaxWaitMs,
    chatSendRate,
    chatSendBurst,
    auditEnabled: auditEnabled === 'true',
    auditRetentionDays,
    redisUrl,
    redisChannelPrefix: env['REDIS_CHANNEL_PREFIX'] || 'ownerdash',
    metricsToken,
    demoPassword,
    demoPortfolio: demoPortfolio === 'true',
    smtpUrl,
    mailFrom: env['MAIL_FROM'] ?? 'Ownerdash <no-reply@ownerdash.local>',
    logLevel: env['LOG_LEVEL'] ?? (nodeEnv === 'test' ? 'silent' : 'info'),
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') {
    return false;
  }
  if (value === 'true') {
    return true;
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}
