import { WorkOrderPriority, WorkOrderStatus } from '../data/portfolio-values';
import { UnitRow, WorkOrderRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { leasingSeason } from './seasonality';
import { addMonths, dayOfYear, isoTimestamp } from './utc-days';

const MINUTES_PER_DAY = 1440;
/** Work orders per unit and month at an average time of year. */
const PER_UNIT_MONTH = 0.05;

const CATEGORIES: readonly (readonly [string, number])[] = [
  ['Plumbing', 0.2],
  ['HVAC', 0.16],
  ['Appliance', 0.15],
  ['Electrical', 0.1],
  ['Doors & locks', 0.09],
  ['Make ready', 0.1],
  ['Pest control', 0.06],
  ['Grounds', 0.05],
  ['General', 0.09],
];

const PRIORITIES: readonly (readonly [WorkOrderPriority, number])[] = [
  ['low', 0.25],
  ['normal', 0.55],
  ['high', 0.15],
  ['emergency', 0.05],
];

/** Typical hours from opening to closing, by priority. */
const TYPICAL_HOURS: Readonly<Record<WorkOrderPriority, number>> = {
  emergency: 5,
  high: 20,
  normal: 60,
  low: 120,
};

/**
 * Maintenance requests over the last 24 months: more in summer (air conditioning, turns),
 * mostly in a unit, closed after a time that depends on the priority and on how well the
 * property is run. Those not closed by asOf are still open or in progress.
 */
export function generateWorkOrders(profile: PropertyProfile, units: readonly UnitRow[]): WorkOrderRow[] {
  const random = profile.random('work-orders');
  const first = addMonths(profile.asOf, -24) + 1;
  const endOfData = (profile.asOf + 1) * MINUTES_PER_DAY;
  const rows: WorkOrderRow[] = [];
  let serial = random.int(10_000, 60_000);
  for (let day = first; day <= profile.asOf; day += 1) {
    const opened = random.poisson(((profile.unitTotal * PER_UNIT_MONTH) / 30) * leasingSeason(day));
    for (let index = 0; index < opened; index += 1) {
      serial += 1;
      const category = random.weighted(hvacInSeason(day));
      const priority = random.weighted(PRIORITIES);
      const openedAt = day * MINUTES_PER_DAY + random.int(7 * 60, 20 * 60);
      const hours = TYPICAL_HOURS[priority] * (1.6 - profile.quality) * Math.exp(random.normal(0, 0.6));
      const closedAt = openedAt + Math.round(hours * 60);
      const closed = closedAt < endOfData;
      rows.push({
        propertyId: profile.property.id,
        externalId: `WO-${serial}`,
        unitNumber: category === 'Grounds' || random.chance(0.12) ? null : random.pick(units).unitNumber,
        category,
        priority,
        status: closed ? closedStatus(random) : openStatus(random, endOfData - openedAt),
        openedAt: isoTimestamp(0, openedAt),
        closedAt: closed ? isoTimestamp(0, closedAt) : null,
      });
    }
  }
  return rows;
}

/** Air conditioning fails in the heat. */
function hvacInSeason(day: number): readonly (readonly [string, number])[] {
  const summer = Math.max(0, Math.cos((2 * Math.PI * (dayOfYear(day) - 200)) / 365.25));
  return CATEGORIES.map(([category, weight]) => [category, category === 'HVAC' ? weight * (1 + summer) : weight]);
}

function closedStatus(random: Random): WorkOrderStatus {
  return random.chance(0.04) ? 'cancelled' : 'completed';
}

/** Someone is on it once it has waited a while. */
function openStatus(random: Random, minutesOpen: number): WorkOrderStatus {
  return minutesOpen > 12 * 60 && random.chance(0.6) ? 'in_progress' : 'open';
}
