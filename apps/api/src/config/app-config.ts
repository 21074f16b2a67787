import { FieldKeyRing } from '../field-encryption/field-key-ring';

export type NodeEnv = 'development' | 'production' | 'test';

/** Typed configuration, read once from the environment at start-up (see README). */
export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  /** Connection string of the PostgreSQL database (DATABASE_URL, else the embedded server's). */
  readonly databaseUrl: string;
  /** Port of the embedded PostgreSQL server, used when DATABASE_URL is unset. */
  readonly embeddedDatabasePort: number;
  /** Folder for generated secrets, demo credentials, the embedded database and the mail outbox. */
  readonly dataDir: string;
  /** Folder of the built web app served at `/`; undefined serves the API only. */
  readonly webRoot: string | undefined;
  /** Folder holding the API's bundled assets (the common-password list). */
  readonly assetsDir: string;
  readonly jwtSecret: string;
  /** The keys of personal data at rest (FIELD_ENCRYPTION_KEYS; generated in DATA_DIR outside production). */
  readonly fieldEncryptionKeys: FieldKeyRing;
  readonly publicUrl: string;
  /** Express `trust proxy` setting, so the client address behind a load balancer is the real one. */
  readonly trustProxy: boolean | number | string;
  readonly secureCookies: boolean;
  /** Password hashes computed or checked at once; each holds a core for tens of milliseconds. */
  readonly passwordHashConcurrency: number;
  /** Password hashes that may wait for a slot; more, or one waiting longer than the maximum wait, get 503. */
  readonly passwordHashQueue: number;
  readonly passwordHashMaxWaitMs: number;
  /** Chat messages one user may send per second, sustained; more are answered 429 until the burst refills. */
  readonly chatSendRate: number;
  /** Chat messages one user may send in a burst above the sustained rate. */
  readonly chatSendBurst: number;
  /**
   * Whether the audit trail records (AUDIT_ENABLED, true unless set to false). Only for measuring
   * what auditing costs: refused in production, where every action is audited.
   */
  readonly auditEnabled: boolean;
  /** Days audit entries are kept (AUDIT_RETENTION_DAYS); older ones are purged, the chain kept verifiable. */
  readonly auditRetentionDays: number;
  /**
   * Redis (REDIS_URL) through which several API instances share chat events; unset, an instance
   * works alone.
   */
  readonly redisUrl: string | undefined;
  /** The prefix of the Redis channels of one deployment's instances (REDIS_CHANNEL_PREFIX). */
  readonly redisChannelPrefix: string;
  /** The bearer token of `GET /api/metrics` (METRICS_TOKEN); unset, the route answers 404. */
  readonly metricsToken: string | undefined;
  readonly demoPassword: string | undefined;
  /** Whether seeding the demo organizations also fills their portfolios with generated data. */
  readonly demoPortfolio: boolean;
  /** SMTP server for outgoing mail (smtp:// or smtps://); unset writes mail to DATA_DIR/outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The configuration before the database is known: DATABASE_URL may be unset. */
export type UnresolvedConfig = Omit<AppConfig, 'databaseUrl'> & { readonly databaseUrl: string | undefined };
