import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorBody, ErrorCode, FieldProblem } from '@ownerdash/contracts';
import { Response } from 'express';
import { ApiException } from './api-exception';

/** Renders every error, thrown anywhere, as the one error body of the API. */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toErrorBody(exception);
    if (exception instanceof ApiException) {
      for (const [name, value] of Object.entries(exception.headers)) {
        response.setHeader(name, value);
      }
    }
    response.status(body.statusCode).json(body);
  }

  private toErrorBody(exception: unknown): ErrorBody {
    if (!(exception instanceof HttpException)) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side. Please try again.');
    }
    const status = exception.getStatus();
    const raw = exception.getResponse();
    if (typeof raw === 'string') {
      return errorBody(status, raw);
    }
    const { message, code, details } = raw as { message?: unknown; code?: ErrorCode; details?: FieldProblem[] };
    const text = Array.isArray(message)
      ? message.join('; ')
      : typeof message === 'string'
        ? message
        : exception.message;
    return errorBody(status, text, code, details);
  }
}

export function errorBody(statusCode: number, message: string, code?: ErrorCode, details?: FieldProblem[]): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(code ? { code } : {}),
    ...(details ? { details } : {}),
  };
}
