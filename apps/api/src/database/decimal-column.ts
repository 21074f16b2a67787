import { Column, ColumnOptions } from 'typeorm';

/**
 * A `numeric(precision, scale)` column read as a JavaScript number. The pg driver returns
 * numerics as strings to keep their precision; money and percentages here stay far below
 * 2^53 cents, so numbers are exact enough and far easier to work with.
 */
export function DecimalColumn(precision: number, scale: number, options: ColumnOptions = {}): PropertyDecorator {
  return Column('numeric', { ...options, precision, scale, transformer: NUMERIC_AS_NUMBER });
}

/** Reads a `numeric` column as a JavaScript number (see `DecimalColumn`). */
export const NUMERIC_AS_NUMBER = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
