import { wholeCounts } from './whole-counts';

describe('wholeCounts', () => {
  it('keeps whole shares as they are', () => {
    expect(wholeCounts(90, [40, 10, 40])).toEqual([40, 10, 40]);
  });

  it('gives the unit left over to the largest fraction, so the counts add up to the total', () => {
    // 10 leads split 2:1 are 6.67 and 3.33: 6 + 3 = 9, and the one left goes to 6.67.
    expect(wholeCounts(10, [20 / 3, 10 / 3])).toEqual([7, 3]);
    // 7 split evenly three ways: 2.33 each, 6 in all; the one left goes to the first listed.
    expect(wholeCounts(7, [1, 1, 1])).toEqual([3, 2, 2]);
  });

  it('lands on the total when the parts miss it by a rounding error', () => {
    expect(wholeCounts(3, [0.1 + 0.2, 1.3, 1.4])).toEqual([0, 1, 2]);
  });

  it('gives nothing when there is nothing to share', () => {
    expect(wholeCounts(0, [1, 2])).toEqual([0, 0]);
    expect(wholeCounts(5, [0, 0])).toEqual([0, 0]);
  });
});
