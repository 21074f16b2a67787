import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES, FieldProblem } from '@ownerdash/contracts';
import { ApiException } from './api-exception';

/** Flattens class-validator's nested errors into one problem list per dotted field path. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Rejects unknown fields, converts types, and answers with a message naming every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = fieldProblems(errors);
      const message =
        details.length > 0
          ? details.flatMap((detail) => detail.problems).join('; ')
          : 'The request body must be a JSON object.';
      return new ApiException(HttpStatus.BAD_REQUEST, { message, code: ERROR_CODES.validationFailed, details });
    },
  });
}
