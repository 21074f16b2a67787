import { leasingSeason, vacancySeason } from './seasonality';
import { parseIsoDay } from './utc-days';

describe('seasonality', () => {
  const day = (text: string) => parseIsoDay(text);

  it('peaks leasing in mid-July and bottoms it out in mid-January, within ±30 %', () => {
    expect(leasingSeason(day('2025-07-15'))).toBeCloseTo(1.3, 2);
    expect(leasingSeason(day('2025-01-13'))).toBeCloseTo(0.7, 2);
    expect(leasingSeason(day('2025-04-15'))).toBeCloseTo(1, 1);
  });

  it('leaves the most units empty in late winter and the fewest in late summer', () => {
    expect(vacancySeason(day('2025-02-14'))).toBeCloseTo(0.01, 4);
    expect(vacancySeason(day('2025-08-15'))).toBeCloseTo(-0.01, 4);
  });

  it('repeats every year', () => {
    expect(leasingSeason(day('2024-06-01'))).toBeCloseTo(leasingSeason(day('2025-06-01')), 2);
  });
});
