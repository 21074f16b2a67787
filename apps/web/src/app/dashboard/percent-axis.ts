/** Points left below the lowest figure, so its bar or point does not sit on the axis. */
const MARGIN = 2;
const STEP = 5;

/**
 * The lower end of a percentage axis for figures bunched near the top, as occupancy is: a little
 * below the lowest figure, rounded down to a multiple of 5, never below 0 (0 without figures). On
 * an axis from 0, bars of 94 % and 97 % look alike; BI tools scale occupancy to the data the same way.
 */
export function percentAxisMin(values: readonly (number | null | undefined)[]): number {
  const figures = values.filter((value): value is number => value !== null && value !== undefined);
  if (figures.length === 0) {
    return 0;
  }
  return Math.max(0, Math.floor((Math.min(...figures) - MARGIN) / STEP) * STEP);
}
