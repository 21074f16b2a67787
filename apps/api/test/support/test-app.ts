import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/configure-app';
import { Clock, SYSTEM_CLOCK } from '../../src/common/clock';
import { PinoNestLogger } from '../../src/common/logging/pino-nest-logger';
import { loggerOptions } from '../../src/common/logging/root-logger';
import { AppConfig } from '../../src/config/app-config';
import { TEST_FIELD_KEYS } from './field-keys';
import { createTestDatabase, TestDatabase } from './test-database';

export const DEMO_PASSWORD = 'demo-password-for-tests';
export const PHH_ADMIN = 'admin@phh.example';
export const KAIROI_ADMIN = 'admin@kairoi.example';
export const ASSETS_DIR = join(__dirname, '..', '..', 'src', 'assets');

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly server: ReturnType<NestExpressApplication['getHttpServer']>;
  /** The app's base URL on the loopback interface, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly dataSource: DataSource;
  readonly config: AppConfig;
  /** Every line the app logged, when started with `captureLogs`. */
  readonly logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra controllers, e.g. fixtures that exercise the guard with requirements no real route has yet. */
  readonly controllers?: Type[];
  readonly config?: Partial<AppConfig>;
  readonly captureLogs?: boolean;
  /** An existing database to start on, e.g. a previous app's, to restart it; the caller drops it. */
  readonly database?: TestDatabase;
  /**
   * The moment the app's `Clock` stands still at: its today for default periods and the demo data
   * up to yesterday. The system clock when absent.
   */
  readonly now?: Date;
  /** A clock of the test's own, e.g. one it moves forward; wins over `now`. */
  readonly clock?: Clock;
}

/**
 * The real application — same modules, same HTTP pipeline as `main.ts` — on a fresh
 * database of the test PostgreSQL server, with the demo organizations seeded.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'ownerdash-test-'));
  const config: AppConfig = {
    nodeEnv: 'test',
    port: 0,
    databaseUrl: database.url,
    embeddedDatabasePort: 0,
    dataDir,
    webRoot: undefined,
    assetsDir: ASSETS_DIR,
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    fieldEncryptionKeys: TEST_FIELD_KEYS,
    publicUrl: 'http://localhost:3000',
    trustProxy: false,
    secureCookies: false,
    // Tests send bursts on busy machines: let hashes queue rather than be refused (limits have a test of their own).
    passwordHashConcurrency: availableParallelism(),
    passwordHashQueue: 1000,
    passwordHashMaxWaitMs: 60_000,
    // Tests send hundreds of messages in a row; the limit itself has tests of its own.
    chatSendRate: 10_000,
    chatSendBurst: 10_000,
    auditRetentionDays: 400,
    redisUrl: undefined,
    // Each app its own channels: test files run at once and must not hear each other.
    redisChannelPrefix: `ownerdash-test-${randomUUID()}`,
    metricsToken: undefined,
    demoPassword: DEMO_PASSWORD,
    // Most tests need the demo organizations, not their 10,000 generated rows; opt in with `config`.
    demoPortfolio: false,
    auditEnabled: true,
    smtpUrl: undefined,
    mailFrom: 'Ownerdash <no-reply@ownerdash.test>',
    logLevel: options.captureLogs ? 'info' : 'silent',
    ...options.config,
  };

  const clock: Clock = options.clock ?? (options.now ? fixedClock(options.now) : SYSTEM_CLOCK);
  @Module({ imports: [AppModule.register(config, clock)], controllers: options.controllers ?? [] })
  class TestRootModule {}

  const logs: string[] = [];
  const logger = pino(
    loggerOptions(config.logLevel),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  );
  const app = await NestFactory.create<NestExpressApplication>(TestRootModule, {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    // A start-up failure fails the test instead of ending the test process.
    abortOnError: false,
  });
  configureApp(app, config, logger);
  // Listening once, here: given a server that is not listening, supertest makes it listen for each
  // request and closes it when that request ends, which breaks the requests running beside it.
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    server: app.getHttpServer(),
    url: `http://127.0.0.1:${port}`,
    dataSource: app.get(DataSource),
    config,
    logs,
    async close() {
      await app.close();
      if (!options.database) {
        await database.drop();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function fixedClock(instant: Date): Clock {
  const time = instant.getTime();
  return { now: () => new Date(time) };
}
