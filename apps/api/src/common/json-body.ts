import { ERROR_CODES } from '@ownerdash/contracts';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { errorBody } from './error-body.filter';
import { nestsDeeperThan } from './json-structure';

export const BODY_LIMIT = '1mb';

/**
 * Deeper than any body of the API goes, far from what validation's recursive walk of a parsed
 * body can bear (thousands of levels overflow its stack).
 */
export const MAX_JSON_DEPTH = 64;

/** The Content-Encodings the JSON parser decompresses. */
const CONTENT_ENCODINGS = ['gzip', 'deflate', 'br'];

function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

function contentEncoding(request: Request): string {
  return (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
}

/** An error the body parser passes on to `jsonBodyErrors`, told apart by its type as the parser's own are. */
function bodyError(type: string, message: string): Error {
  return Object.assign(new Error(message), { type });
}

/**
 * Runs on the whole (decompressed) body before JSON.parse. The depth scan reads bytes, which is
 * sound for UTF-8 only, and UTF-8 is what JSON between systems must be (RFC 8259).
 */
function checkBeforeParsing(_request: Request, _response: Response, body: Buffer, charset: string): void {
  if (charset !== 'utf-8') {
    throw bodyError('charset.unsupported', `unsupported charset "${charset}"`);
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw bodyError('entity.too.deep', `nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** A route that reads its own request body as a stream, which the JSON parser must leave alone. */
export interface StreamedBodyRoute {
  readonly method: string;
  /** Matched against the path below the mount point of the parser. */
  readonly path: RegExp;
}

/**
 * Parses JSON bodies of at most 1 MB, nested at most 64 levels, plain or compressed. Other
 * content types, malformed JSON and oversized bodies are answered here, before routing, with
 * the API's error body. The streamed routes are passed through untouched: they take other
 * content types and larger bodies, and check them.
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
  const parseJson = json({ limit: BODY_LIMIT, verify: checkBeforeParsing });
  const parseUnlessStreamed: RequestHandler = (request, response, next) =>
    isStreamed(request) ? next() : parseJson(request, response, next);
  return [requireJson, parseUnlessStreamed];
}

/** Express error handler for the body parser's failures; anything else goes on to Nest. */
export function jsonBodyErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  const answer = (statusCode: number, message: string, code?: typeof ERROR_CODES.validationFailed) =>
    response.status(statusCode).json(errorBody(statusCode, message, code));
  if (type === 'entity.too.large') {
    answer(413, 'The request body is larger than 1 MB.');
  } else if (type === 'entity.parse.failed') {
    answer(400, 'The request body is not valid JSON.', ERROR_CODES.validationFailed);
  } else if (type === 'entity.too.deep') {
    answer(
      400,
      `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
      ERROR_CODES.validationFailed,
    );
  } else if (type === 'charset.unsupported') {
    answer(415, 'The request body must be UTF-8 encoded JSON.');
  } else if (type === 'encoding.unsupported') {
    answer(
      415,
      `Content-Encoding "${contentEncoding(request)}" is not supported: send the body uncompressed, or as ${CONTENT_ENCODINGS.slice(0, -1).join(', ')} or ${CONTENT_ENCODINGS.at(-1)}.`,
    );
  } else if (type === undefined && status === 400 && contentEncoding(request) !== 'identity') {
    // The decompressor's own error, passed on by the parser as a 400 without a type.
    const encoding = contentEncoding(request);
    answer(400, `The request body is not valid ${encoding} data (Content-Encoding: ${encoding}).`);
  } else {
    next(error);
  }
}
