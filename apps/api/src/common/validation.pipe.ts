import { ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES, FieldProblem } from '@ownerdash/contracts';
import { ApiException } from './api-exception';
import { rejectNulCharacters } from './nul-characters';

/** Flattens class-validator's nested errors into one problem list per dotted field path. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * The global pipe. Before the DTO's own rules it refuses text holding a NUL character in the
 * body, query or route parameters, so no field of any route can carry one to PostgreSQL.
 */
class ApiValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      rejectNulCharacters(value, metadata.data ?? '');
    }
    return super.transform(value, metadata);
  }
}

/** Rejects unknown fields, converts types, and answers with a message naming every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
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
