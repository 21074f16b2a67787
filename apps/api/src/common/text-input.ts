import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateBy } from 'class-validator';

/** Strips surrounding white space from a string input; anything else is left for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

/** A trimmed string that is not blank and at most `maxLength` characters long (a name, a label). */
export function NonBlankText(maxLength: number): PropertyDecorator {
  return applyDecorators(Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));
}

/**
 * At most `max` characters counted as Unicode code points, as PostgreSQL's `char_length` counts
 * them: class-validator's MaxLength discounts emoji variation selectors, so text it accepts could
 * still break a length check in the database.
 */
export function MaxCodePoints(max: number): PropertyDecorator {
  return ValidateBy({
    name: 'maxCodePoints',
    constraints: [max],
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max,
      defaultMessage: (args) => `${args?.property} must be at most ${max} characters long`,
    },
  });
}
