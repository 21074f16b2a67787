import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Strips surrounding white space from a string input; anything else is left for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

/** A trimmed string that is not blank and at most `maxLength` characters long (a name, a label). */
export function NonBlankText(maxLength: number): PropertyDecorator {
  return applyDecorators(Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));
}
