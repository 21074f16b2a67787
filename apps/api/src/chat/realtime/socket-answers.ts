import { HttpException, Logger, Type } from '@nestjs/common';
import { CHAT_SOCKET_ERROR_CODES, ChatAck } from '@ownerdash/contracts';
import { createValidationPipe } from '../../common/validation.pipe';

const validation = createValidationPipe();
const logger = new Logger('ChatGateway');

/** The payload as an instance of `dto`, checked by the same rules as a REST body; a 400 otherwise. */
export async function payloadOf<T extends object>(dto: Type<T>, payload: unknown): Promise<T> {
  return (await validation.transform(payload, { type: 'body', metatype: dto })) as T;
}

/**
 * Runs a socket request and answers its acknowledgement: `{ ok: true, ...result }`, or the error
 * as the REST API would state it. An unexpected failure is logged and answered without detail;
 * it never reaches Socket.IO, so one bad request cannot harm the connection or anyone else's.
 */
export async function answer<T extends object>(work: () => Promise<T>): Promise<ChatAck<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    if (error instanceof HttpException) {
      return { ok: false, error: errorOf(error) };
    }
    logger.error(error instanceof Error ? error : String(error));
    return {
      ok: false,
      error: { code: CHAT_SOCKET_ERROR_CODES.internal, message: 'Something went wrong on our side.' },
    };
  }
}

function errorOf(error: HttpException): { code: string; message: string } {
  const body = error.getResponse() as { message?: unknown; code?: unknown };
  const message = typeof body.message === 'string' ? body.message : error.message;
  if (typeof body.code === 'string') {
    return { code: body.code, message };
  }
  if (error.getStatus() === 404) {
    return { code: CHAT_SOCKET_ERROR_CODES.notFound, message };
  }
  return { code: CHAT_SOCKET_ERROR_CODES.invalidPayload, message };
}
