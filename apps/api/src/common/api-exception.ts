import { HttpException } from '@nestjs/common';
import { ErrorCode, FieldProblem } from '@ownerdash/contracts';

export interface ApiExceptionBody {
  readonly message: string;
  readonly code?: ErrorCode;
  readonly details?: readonly FieldProblem[];
}

/**
 * An HTTP error with a message for people and, where clients must tell cases apart,
 * a code; rendered into the common error body by the exception filter.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    body: ApiExceptionBody,
    /** Extra response headers, such as Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body, status);
  }
}
