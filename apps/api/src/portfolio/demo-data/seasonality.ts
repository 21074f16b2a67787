import { dayOfYear } from './utc-days';

const YEAR_DAYS = 365.25;
/** Mid-July: renters move when school is out, so leasing peaks in summer. */
const LEASING_PEAK_DAY = 195;
/** Mid-February: few move-ins over the holidays leave the most units empty by late winter. */
const VACANCY_PEAK_DAY = 45;

function wave(day: number, peakDay: number): number {
  return Math.cos((2 * Math.PI * (dayOfYear(day) - peakDay)) / YEAR_DAYS);
}

/** Leasing activity (leads, tours, move-ins and -outs) relative to the yearly average: 0.7 to 1.3. */
export function leasingSeason(day: number): number {
  return 1 + 0.3 * wave(day, LEASING_PEAK_DAY);
}

/** Vacancy share above the yearly average (a fraction of the units): ±1 point. */
export function vacancySeason(day: number): number {
  return 0.01 * wave(day, VACANCY_PEAK_DAY);
}
