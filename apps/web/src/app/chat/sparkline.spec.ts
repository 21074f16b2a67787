import { sparklinePath } from './sparkline';

describe('sparklinePath', () => {
  it('draws the values from the lowest at the bottom to the highest at the top, across the width', () => {
    expect(sparklinePath([1, 3, 2])).toBe('M2.0 30.0L60.0 2.0L118.0 16.0');
  });

  it('leaves a gap where a value is missing, and draws nothing without two values', () => {
    expect(sparklinePath([1, null, 2, 3])).toBe('M2.0 30.0M79.3 16.0L118.0 2.0');
    expect(sparklinePath([null, 5])).toBeNull();
  });
});
