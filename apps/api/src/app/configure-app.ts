import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'pino';
import { AuditRequestRecorder } from '../audit/audit-request-recorder';
import { ChatIoAdapter } from '../chat/realtime/chat-io-adapter';
import { ErrorBodyFilter } from '../common/error-body.filter';
import { jsonBody, jsonBodyErrors } from '../common/json-body';
import { httpLogger } from '../common/logging/http-logger';
import { requestContext } from '../common/request-context/request-context.middleware';
import { securityHeaders } from '../common/security-headers';
import { createValidationPipe } from '../common/validation.pipe';
import { AppConfig } from '../config/app-config';
import { API_PREFIX } from '../openapi/openapi-document';
import { setupOpenApi } from '../openapi/setup-openapi';
import { IMPORT_UPLOAD_ROUTE } from '../portfolio/import/import-upload-route';
import { serveWebApp } from '../web/serve-web-app';

/**
 * The HTTP pipeline, in order. Shared by the server and the integration tests, so the
 * tests exercise exactly what runs in production.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  app.use(securityHeaders({ https: config.publicUrl.startsWith('https://') }));
  app.use(cookieParser());
  app.use(`/${API_PREFIX}`, jsonBody([IMPORT_UPLOAD_ROUTE]), jsonBodyErrors);
  app.use(requestContext());
  if (config.auditEnabled) {
    app.use(app.get(AuditRequestRecorder).handler());
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  app.useWebSocketAdapter(new ChatIoAdapter(app, { url: config.redisUrl, channelPrefix: config.redisChannelPrefix }));
  setupOpenApi(app);
  if (config.webRoot) {
    serveWebApp(app, config.webRoot);
  }
}
