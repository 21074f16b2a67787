import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from './error-body.dto';

const DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The request is malformed or a field is invalid; `details` names each field',
  401: 'No valid access token (code UNAUTHENTICATED) or session (code SESSION_EXPIRED)',
  403: 'Not allowed for the caller, or a password change is pending (code PASSWORD_CHANGE_REQUIRED)',
  404: 'No such resource in the caller’s organization',
  409: 'Conflicts with the current state',
  413: 'The request body is larger than 1 MB',
  429: 'Too many attempts; the Retry-After header says how many seconds to wait',
  503: 'Too many passwords are being checked at once (code SERVER_BUSY); retry after the Retry-After header’s seconds',
};

const RETRY_AFTER: Readonly<Record<number, string>> = {
  429: 'Seconds until a new attempt is accepted',
  503: 'Seconds after which a new attempt is likely to be served',
};

/** Documents error responses, all of which share the one error body. */
export function ApiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        type: ErrorBodyDto,
        ...(RETRY_AFTER[status]
          ? { headers: { 'Retry-After': { description: RETRY_AFTER[status], schema: { type: 'integer' } } } }
          : {}),
      }),
    ),
  );
}
