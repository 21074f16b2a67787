import { HttpException, HttpStatus } from '@nestjs/common';
import { Request } from 'express';
import { ApiException } from '../../../common/api-exception';
import { bodyTooLarge } from '../import-failures';

export type BodyFormat = 'csv' | 'json';

const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/** The upload's format from its Content-Type: UTF-8 CSV or JSON, anything else is a 415. */
export function bodyFormat(request: Request): BodyFormat {
  const format = request.is('text/csv') ? 'csv' : request.is('application/json') ? 'json' : undefined;
  const charset = /;\s*charset="?([^";\s]+)/i.exec(request.get('content-type') ?? '')?.[1]?.toLowerCase();
  if (!format || (charset !== undefined && !UTF8_CHARSETS.has(charset))) {
    throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, {
      message:
        'Send the rows as UTF-8 CSV (Content-Type: text/csv) or as a JSON array (Content-Type: application/json).',
    });
  }
  return format;
}

/**
 * Refuses a compressed upload with a 415. The route reads the body as it was sent (the JSON
 * parser, which decompresses, leaves it alone), so a compressed file would be read as garbled text.
 */
export function requireUncompressed(request: Request): void {
  const encoding = (request.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, {
      message: `Send the file uncompressed: the import does not take Content-Encoding "${encoding}".`,
    });
  }
}

/**
 * The request body's chunks as they arrive, refused with a 413 as soon as more than `maxBytes`
 * are announced or received. `onEnd` runs once the whole body is in. Stopping early leaves the
 * rest unread: see drainBody.
 */
export async function* bodyChunks(request: Request, maxBytes: number, onEnd: () => void): AsyncGenerator<Buffer> {
  if (request.readableEnded) {
    throw new Error('The import body was read before its route: exempt the route from the JSON body parser.');
  }
  if (Number(request.get('content-length') ?? 0) > maxBytes) {
    throw bodyTooLarge(maxBytes);
  }
  let received = 0;
  try {
    for await (const chunk of request.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > maxBytes) {
        throw bodyTooLarge(maxBytes);
      }
      yield chunk;
    }
  } catch (error) {
    // A client that goes away mid-upload destroys the request; its socket error is no fault of ours.
    if (error instanceof HttpException || !request.destroyed) {
      throw error;
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, {
      message: 'The upload was interrupted before the whole body arrived.',
    });
  }
  onEnd();
}

/**
 * Reads and discards what is left of a body before an early answer. Node closes the connection
 * after answering a request whose body is still arriving, and many clients read no answer before
 * they have sent everything: they would see a broken pipe instead of the reason. The server's
 * request timeout bounds how long a client can keep sending.
 */
export function drainBody(request: Request): Promise<void> {
  if (request.readableEnded || request.destroyed) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    request
      .once('end', resolve)
      .once('close', resolve)
      .once('error', () => resolve());
    // A data listener as well as resume(): resume() does nothing while an abandoned body iterator
    // still listens for 'readable', and the listener makes the stream flow once the iterator lets go.
    request.on('data', () => undefined);
    request.resume();
  });
}
