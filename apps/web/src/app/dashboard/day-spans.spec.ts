import { formatSpan, isWholeMonth, monthWithin } from './day-spans';

describe('day spans', () => {
  const period = { from: '2026-11-07', to: '2026-12-06' };

  it('clips a month to the days of the period', () => {
    expect(monthWithin('2026-11-01', period)).toEqual({ start: '2026-11-07', end: '2026-11-30' });
    expect(monthWithin('2026-12-01', period)).toEqual({ start: '2026-12-01', end: '2026-12-06' });
    expect(monthWithin('2026-02-01', { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    });
  });

  it('tells a whole month from a part of one', () => {
    expect(isWholeMonth({ start: '2026-02-01', end: '2026-02-28' })).toBe(true);
    expect(isWholeMonth({ start: '2026-11-07', end: '2026-11-30' })).toBe(false);
    expect(isWholeMonth({ start: '2026-12-01', end: '2026-12-06' })).toBe(false);
  });

  it('writes days as a span, the year once where it is the same', () => {
    expect(formatSpan({ start: '2026-11-07', end: '2026-11-07' })).toBe('Nov 7, 2026');
    expect(formatSpan({ start: '2026-11-07', end: '2026-11-30' })).toBe('Nov 7–30, 2026');
    expect(formatSpan({ start: '2026-11-30', end: '2026-12-06' })).toBe('Nov 30 – Dec 6, 2026');
    expect(formatSpan({ start: '2026-12-28', end: '2027-01-03' })).toBe('Dec 28, 2026 – Jan 3, 2027');
  });
});
