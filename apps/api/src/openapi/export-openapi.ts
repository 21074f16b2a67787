import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app/app.module';
import { AppConfig } from '../config/app-config';
import { API_PREFIX, buildOpenApiDocument } from './openapi-document';

/** Placeholder settings: in preview mode no provider is created, so nothing connects or reads them. */
const PREVIEW_CONFIG: AppConfig = {
  nodeEnv: 'production',
  port: 0,
  databaseUrl: 'postgres://preview/none',
  embeddedDatabasePort: 0,
  dataDir: '',
  webRoot: undefined,
  assetsDir: '',
  jwtSecret: '',
  // The preview reads no data: no key is ever used.
  fieldEncryptionKeys: { primaryKeyId: 'preview', keys: new Map() },
  publicUrl: 'http://localhost',
  trustProxy: false,
  secureCookies: true,
  passwordHashConcurrency: 1,
  passwordHashQueue: 0,
  passwordHashMaxWaitMs: 0,
  chatSendRate: 10,
  chatSendBurst: 30,
  auditEnabled: true,
  auditRetentionDays: 400,
  redisUrl: undefined,
  metricsToken: undefined,
  redisChannelPrefix: 'ownerdash',
  demoPassword: undefined,
  demoPortfolio: false,
  smtpUrl: undefined,
  mailFrom: '',
  logLevel: 'silent',
};

/** Writes the OpenAPI document to the given file without a database (see tools/openapi). */
async function exportOpenApi(output: string): Promise<void> {
  const app = await NestFactory.create(AppModule.register(PREVIEW_CONFIG), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX);
  writeFileSync(output, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

const output = process.argv[2];
if (!output) {
  process.stderr.write('usage: node export-openapi.js <output.json>\n');
  process.exit(2);
}
exportOpenApi(output).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
