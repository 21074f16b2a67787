import { CellType, problem, value } from './cell-type';

/** Outside these years a date is a typo (0224 for 2024), not data. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const TIMESTAMP = new RegExp(
  [
    '^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})[Tt ]',
    '(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,6}))?)?',
    '(?:[Zz]|(?<sign>[+-])(?<offsetHours>\\d{2}):?(?<offsetMinutes>\\d{2}))$',
  ].join(''),
);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why year-month-day is not a date we accept, if it is not. */
function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return 'is not a day of the calendar';
  }
  return year < FIRST_YEAR || year > LAST_YEAR ? `must be in the years ${FIRST_YEAR} to ${LAST_YEAR}` : undefined;
}

export function date(): CellType {
  return {
    sqlType: 'date',
    parse: (input) => {
      const match = DATE.exec(input);
      if (!match) {
        return problem('must be a date as YYYY-MM-DD');
      }
      const wrong = calendarProblem(Number(match[1]), Number(match[2]), Number(match[3]));
      return wrong ? problem(wrong) : value(input);
    },
  };
}

/** A month, stored as its first day: `2024-05` or `2024-05-01`. */
export function month(): CellType {
  return {
    sqlType: 'date',
    parse: (input) => {
      const match = MONTH.exec(input);
      if (!match || (match[3] !== undefined && match[3] !== '01')) {
        return problem('must be a month as YYYY-MM (or its first day, YYYY-MM-01)');
      }
      const wrong = calendarProblem(Number(match[1]), Number(match[2]), 1);
      return wrong ? problem(wrong) : value(`${match[1]}-${match[2]}-01`);
    },
  };
}

/**
 * An ISO 8601 date-time that says its time zone (Z or an offset): without one the instant
 * would depend on the server's zone. Converted to UTC text with microseconds, the precision
 * PostgreSQL keeps, so two values compare correctly as text.
 */
export function timestamp(): CellType {
  return {
    sqlType: 'timestamptz',
    parse: (input) => {
      const parts = TIMESTAMP.exec(input)?.groups;
      if (!parts) {
        return problem('must be a date-time with its time zone, as 2024-05-01T14:30:00Z or 2024-05-01T09:30:00-05:00');
      }
      const part = (name: string) => Number(parts[name] ?? 0);
      const wrong = calendarProblem(part('year'), part('month'), part('day'));
      if (wrong) {
        return problem(wrong);
      }
      if (part('hour') > 23 || part('minute') > 59 || part('second') > 59) {
        return problem('is not a time of day');
      }
      if (part('offsetHours') > 14 || part('offsetMinutes') > 59) {
        return problem('has an offset from UTC that does not exist');
      }
      const offsetMinutes = (parts['sign'] === '-' ? -1 : 1) * (part('offsetHours') * 60 + part('offsetMinutes'));
      const local = Date.UTC(
        part('year'),
        part('month') - 1,
        part('day'),
        part('hour'),
        part('minute'),
        part('second'),
      );
      const utc = new Date(local - offsetMinutes * 60_000).toISOString();
      return value(`${utc.slice(0, 19)}.${(parts['fraction'] ?? '').padEnd(6, '0')}Z`);
    },
  };
}
