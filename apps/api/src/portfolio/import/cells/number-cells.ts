import { CellType, problem, value } from './cell-type';

const WHOLE_NUMBER = /^[+-]?\d+$/;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

export interface Range {
  readonly min?: number;
  readonly max?: number;
}

function outOfRange(number: number, min: number, max: number): string | undefined {
  if (number < min) {
    return `must be at least ${min}`;
  }
  return number > max ? `must be at most ${max}` : undefined;
}

function wholeNumber(sqlType: 'smallint' | 'integer', typeLimit: number, range: Range): CellType {
  const min = range.min ?? -typeLimit;
  const max = range.max ?? typeLimit;
  return {
    sqlType,
    parse: (input) => {
      if (!WHOLE_NUMBER.test(input)) {
        return problem('must be a whole number');
      }
      const number = Number(input);
      const outside = outOfRange(number, min, max);
      return outside ? problem(outside) : value(number);
    },
  };
}

export function smallint(range: Range = {}): CellType {
  return wholeNumber('smallint', 32_767, range);
}

export function integer(range: Range = {}): CellType {
  return wholeNumber('integer', 2_147_483_647, range);
}

/**
 * A `numeric(precision, scale)` value. More decimal places than the column keeps are refused
 * rather than rounded, so what is imported is what the file says. The value stays text: exact.
 */
export function decimal(precision: number, scale: number, range: Range = {}): CellType {
  const typeLimit = Number(`${'9'.repeat(precision - scale)}.${'9'.repeat(scale)}`);
  const min = range.min ?? -typeLimit;
  const max = range.max ?? typeLimit;
  return {
    sqlType: 'numeric',
    parse: (input) => {
      const match = DECIMAL.exec(input);
      const [, sign = '', whole = '', fraction = ''] = match ?? [];
      if (!match || whole.length + fraction.length === 0) {
        return problem('must be a number such as 1234.5 (no thousands separators or currency signs)');
      }
      if (fraction.length > scale) {
        return problem(scale === 0 ? 'must be a whole number' : `must have at most ${scale} decimal places`);
      }
      const outside = outOfRange(Number(input), min, max);
      if (outside) {
        return problem(outside);
      }
      return value(`${sign === '-' ? '-' : ''}${whole || '0'}${fraction ? `.${fraction}` : ''}`);
    },
  };
}
