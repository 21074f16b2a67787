import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { shutDown } from './app/shut-down';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import { createRootLogger } from './common/logging/root-logger';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';

/** An orchestrator waits about this long after SIGTERM before it kills the process. */
const SHUTDOWN_DEADLINE_MS = 10_000;

async function bootstrap(): Promise<void> {
  const config = loadConfig({
    env: process.env,
    assetsDir: join(__dirname, 'assets'),
    defaultWebRoot: join(__dirname, '..', 'web', 'browser'),
  });
  const logger = createRootLogger(config.logLevel);

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    logger.info(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${config.embeddedDatabasePort}`);
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      port: config.embeddedDatabasePort,
      databaseName: 'ownerdash',
      log: (message) => logger.warn(message),
    });
  }
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ ...config, databaseUrl }), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  configureApp(app, { ...config, databaseUrl }, logger);
  await app.listen(config.port);
  logger.info(`Ownerdash is listening on http://localhost:${config.port} (API docs at /api/docs)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info(`${signal} received: shutting down`);
    const deadline = setTimeout(() => {
      logger.error(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await shutDown(app);
    await embedded?.stop();
    clearTimeout(deadline);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
