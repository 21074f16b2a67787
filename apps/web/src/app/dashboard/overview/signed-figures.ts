import { NO_VALUE, formatCurrency, formatPercent } from '../format';

/** A true minus sign: a hyphen reads as a dash, and screen readers skip it. */
const MINUS = '−';

function signed(value: number, magnitude: string): string {
  if (value > 0) {
    return `+${magnitude}`;
  }
  return value < 0 ? `${MINUS}${magnitude}` : magnitude;
}

/** A change in whole dollars with its sign: "+$75", "−$40", "$0". */
export function formatSignedCurrency(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : signed(Math.round(value), formatCurrency(Math.abs(value)));
}

/** A change in percent with its sign: "+4.7%", "−1.2%". */
export function formatSignedPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : signed(value, formatPercent(Math.abs(value)));
}
