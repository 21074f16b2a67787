import { formatCurrency, formatDate, formatNumber, formatPercent, formatSigned, NO_VALUE } from './format';

describe('dashboard formatting', () => {
  it('formats numbers, percentages and dollars the US way', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12.345, 1)).toBe('12.3');
    expect(formatPercent(94.25)).toBe('94.3%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatCurrency(18250.4)).toBe('$18,250');
    expect(formatCurrency(2450.5, true)).toBe('$2,450.50');
    expect(formatCurrency(-75, true)).toBe('-$75.00');
  });

  it('signs changes with a true minus, and none for a change that rounds to zero', () => {
    expect(formatSigned(1200.4, formatCurrency)).toBe('+$1,200');
    expect(formatSigned(-3.44, formatPercent)).toBe('−3.4%');
    expect(formatSigned(-0.3, formatCurrency)).toBe('$0');
    expect(formatSigned(null, formatPercent)).toBe(NO_VALUE);
  });

  it('shows a calendar day as that day, whatever the time zone', () => {
    expect(formatDate('2027-03-01')).toBe('Mar 1, 2027');
    expect(formatDate('2026-11-20T23:30:00.000Z')).toBe('Nov 20, 2026');
  });

  it('marks missing figures instead of showing zero', () => {
    expect([formatNumber(null), formatPercent(undefined), formatCurrency(null), formatDate(null)]).toEqual([
      NO_VALUE,
      NO_VALUE,
      NO_VALUE,
      NO_VALUE,
    ]);
    expect(formatDate('not a date')).toBe(NO_VALUE);
  });
});
