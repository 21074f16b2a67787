import { addMonths, isoDay, isoTimestamp, monthStart, parseIsoDay, weekday, yesterdayUtc } from './utc-days';

describe('utc-days', () => {
  it('reads and writes YYYY-MM-DD and refuses anything else', () => {
    expect(parseIsoDay('1970-01-02')).toBe(1);
    expect(isoDay(parseIsoDay('2024-02-29'))).toBe('2024-02-29');
    for (const text of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', 'yesterday']) {
      expect(() => parseIsoDay(text)).toThrow(RangeError);
    }
  });

  it('moves by months, keeping the day or clamping it to the month end', () => {
    expect(isoDay(addMonths(parseIsoDay('2026-03-31'), -24))).toBe('2024-03-31');
    expect(isoDay(addMonths(parseIsoDay('2026-03-31'), -1))).toBe('2026-02-28');
    expect(isoDay(addMonths(parseIsoDay('2025-12-15'), 2))).toBe('2026-02-15');
    expect(isoDay(monthStart(parseIsoDay('2026-03-31')))).toBe('2026-03-01');
    expect(isoDay(monthStart(parseIsoDay('2026-01-10'), -1))).toBe('2025-12-01');
  });

  it('knows weekdays, timestamps and yesterday in UTC', () => {
    expect(weekday(parseIsoDay('2026-03-29'))).toBe(0);
    expect(weekday(parseIsoDay('2026-03-28'))).toBe(6);
    expect(isoTimestamp(parseIsoDay('2026-03-28'), 90)).toBe('2026-03-28T01:30:00.000Z');
    expect(yesterdayUtc(new Date('2026-03-01T00:30:00+02:00'))).toBe('2026-02-27');
    expect(yesterdayUtc(new Date('2026-03-01T23:59:00Z'))).toBe('2026-02-28');
  });
});
