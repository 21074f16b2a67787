import { percentAxisMin } from './percent-axis';

describe('percentAxisMin', () => {
  it('starts a little below the lowest figure, on a multiple of 5', () => {
    // 93.1 − 2 = 91.1, down to 90; 92 − 2 = 90 stays 90; 91.5 − 2 = 89.5, down to 85.
    expect(percentAxisMin([96.4, 93.1, 97.8])).toBe(90);
    expect(percentAxisMin([92, 99])).toBe(90);
    expect(percentAxisMin([91.5, null, 94.2])).toBe(85);
  });

  it('never goes below 0, and starts at 0 without figures', () => {
    expect(percentAxisMin([1.5, 40])).toBe(0);
    expect(percentAxisMin([null, undefined])).toBe(0);
    expect(percentAxisMin([])).toBe(0);
  });
});
