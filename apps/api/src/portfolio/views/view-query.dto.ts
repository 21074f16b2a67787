import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const MAX_REQUESTED_PROPERTIES = 1_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An optional `YYYY-MM-DD` query parameter that must be a real calendar day. */
export function OptionalIsoDate(field: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Matches(ISO_DATE, { message: `${field} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: `${field} must be a valid calendar date` }),
  );
}

/**
 * A table's optional `sort` parameter: one of `values` (keys, each also with a leading `-` for
 * descending, see `sortValues`), documented with its default; anything else is a 400 listing them.
 */
export function SortParam(values: readonly string[], defaultValue: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: values,
      default: defaultValue,
      description: 'Sort key; a leading - sorts descending',
      example: defaultValue,
    }),
    IsOptional(),
    IsIn(values, { message: `sort must be one of ${values.join(', ')}` }),
  );
}

/** `?propertyIds=a,b` and `?propertyIds=a&propertyIds=b` both arrive as a list. */
function listOf(value: unknown): unknown {
  const parts = Array.isArray(value) ? value : [value];
  return parts.flatMap((part) => (typeof part === 'string' ? part.split(',') : [part])).filter((part) => part !== '');
}

export class PropertyFilterQueryDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Only these properties, comma-separated or repeated; each must be in your property scope (403 otherwise). Absent: your whole scope.',
    example: ['6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b'],
  })
  @IsOptional()
  @Transform(({ value }) => listOf(value))
  @IsArray()
  @ArrayMaxSize(MAX_REQUESTED_PROPERTIES)
  @IsUUID('all', { each: true, message: 'each of propertyIds must be a UUID' })
  propertyIds?: string[];
}

export class PeriodQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day of the period (inclusive)', example: '2026-01-01' })
  @OptionalIsoDate('from')
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the period (inclusive)', example: '2026-10-31' })
  @OptionalIsoDate('to')
  to?: string;
}
