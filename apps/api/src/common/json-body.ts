import { ERROR_CODES } from '@ownerdash/contracts';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { errorBody } from './error-body.filter';

export const BODY_LIMIT = '1mb';

function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

/** A route that reads its own request body as a stream, which the JSON parser must leave alone. */
export interface StreamedBodyRoute {
  readonly method: string;
  /** Matched against the path below the mount point of the parser. */
  readonly path: RegExp;
}

/**
 * Parses JSON bodies of at most 1 MB. Other content types, malformed JSON and oversized
 * bodies are answered here, before routing, with the API's error body. The streamed routes
 * are passed through untouched: they take other content types and larger bodies, and check them.
 */
export function jsonBody(streamedRoutes: readonly StreamedBodyRoute[] = []): RequestHandler[] {
  const isStreamed = (request: Request) =>
    streamedRoutes.some((route) => route.method === request.method && route.path.test(request.path));
  const requireJson: RequestHandler = (request, response, next) => {
    if (hasBody(request) && !request.is('application/json') && !isStreamed(request)) {
      response.status(415).json(errorBody(415, 'Request bodies must be JSON (Content-Type: application/json).'));
      return;
    }
    next();
  };
  const parseJson = json({ limit: BODY_LIMIT });
  const parseUnlessStreamed: RequestHandler = (request, response, next) =>
    isStreamed(request) ? next() : parseJson(request, response, next);
  return [requireJson, parseUnlessStreamed];
}

/** Express error handler for the body parser's failures; anything else goes on to Nest. */
export function jsonBodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    response.status(413).json(errorBody(413, 'The request body is larger than 1 MB.'));
    return;
  }
  if (type === 'entity.parse.failed') {
    response.status(400).json(errorBody(400, 'The request body is not valid JSON.', ERROR_CODES.validationFailed));
    return;
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    response.status(415).json(errorBody(415, 'The request body must be UTF-8 encoded JSON.'));
    return;
  }
  next(error);
}
