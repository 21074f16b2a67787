import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when sent it must be valid: unlike class-validator's
 * IsOptional, null is not waved through (it would reach the database as a missing value).
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object, value: unknown) => value !== undefined);
}
