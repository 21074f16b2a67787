import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import { HttpLogger, pinoHttp } from 'pino-http';

const REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The path without its query, which may carry one-time tokens of the web app's links. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/**
 * One JSON log line per request, tagged with a request id that is also returned in
 * the X-Request-Id header (a well-formed incoming one is kept, so proxies can correlate).
 */
export function httpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    // A 503 is load deliberately shed (busy password hashing, with Retry-After), not a fault.
    customLogLevel: (_request, response, error) =>
      error || (response.statusCode >= 500 && response.statusCode !== 503)
        ? 'error'
        : response.statusCode >= 400
          ? 'warn'
          : 'info',
    autoLogging: { ignore: (request) => pathOf(request.url) === '/api/health' },
    serializers: {
      req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        path: pathOf(request.url),
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
