import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from './api-exception';

/** A route parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ApiException(HttpStatus.BAD_REQUEST, {
          message: `${name} must be a UUID`,
          code: ERROR_CODES.validationFailed,
          details: [{ field: name, problems: [`${name} must be a UUID`] }],
        }),
    }),
  );
}
