import pino, { Logger, LoggerOptions } from 'pino';
import { currentRequestContext } from '../request-context/request-context';

/** Secrets never reach the log, wherever they would appear in a logged object. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/** Every line logged while serving a request names it and, once known, its caller. */
function requestFields(): Record<string, string> {
  const context = currentRequestContext();
  if (!context) {
    return {};
  }
  return context.caller
    ? { requestId: context.requestId, userId: context.caller.userId }
    : { requestId: context.requestId };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'ownerdash-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: requestFields,
  };
}

export function createRootLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
