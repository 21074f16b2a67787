import { UnitStatus } from '../data/portfolio-values';
import { DailyMetricRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { clamp } from './rounding';
import { leasingSeason, vacancySeason } from './seasonality';
import { addMonths, isoDay, weekday } from './utc-days';

/** Today's units by status, and the vacant ones leased ahead. */
export type StatusCounts = Readonly<Record<UnitStatus | 'preLeased', number>>;

/** How much of the previous day's deviation from the trend is left the next day. */
const PERSISTENCE = 0.97;
/** Leads per unit and day at an average time of year. */
const LEADS_PER_UNIT_DAY = 0.014;
/** Share of the residents who move out in a year. */
const TURNOVER = 0.45;
/** Share of the units whose lease ends in a month (renewal offers go out ahead of those). */
const EXPIRING_PER_MONTH = 0.08;
/** More people look at apartments on Saturdays, fewer on Sundays. */
const WEEKDAY_DEMAND = [0.7, 1, 1, 1, 1, 1.05, 1.3];

export function countStatuses(
  units: readonly { readonly status: UnitStatus; readonly leaseStart: string | null }[],
): StatusCounts {
  const counts: Record<UnitStatus | 'preLeased', number> = {
    occupied: 0,
    vacant: 0,
    notice: 0,
    model: 0,
    down: 0,
    preLeased: 0,
  };
  for (const unit of units) {
    counts[unit.status] += 1;
    if (unit.status === 'vacant' && unit.leaseStart !== null) {
      counts.preLeased += 1;
    }
  }
  return counts;
}

/**
 * Twenty-four months of days ending at asOf. Vacancy and notice follow the season and the
 * property's trend with day-to-day wander, pinned so the last day equals today's unit
 * statuses; leasing activity follows the season (summer peak, winter dip), the weekday and
 * the trend in demand, each step of the funnel a share of the one before.
 */
export function generateDailyMetrics(profile: PropertyProfile, today: StatusCounts): DailyMetricRow[] {
  const random = profile.random('daily-metrics');
  const units = profile.unitTotal;
  const offline = today.model + today.down;
  const first = addMonths(profile.asOf, -24) + 1;
  const vacancyWander = wanderBack(random, profile.asOf - first + 1, 0.0025);
  const noticeWander = wanderBack(random, profile.asOf - first + 1, 0.001);
  const todayPreLeasedShare = today.preLeased / Math.max(1, today.vacant + today.notice);
  const rows: DailyMetricRow[] = [];
  for (let day = first; day <= profile.asOf; day += 1) {
    const daysBefore = profile.asOf - day;
    const yearsBefore = daysBefore / 365;
    const vacancyShare =
      today.vacant / units +
      vacancySeason(day) -
      vacancySeason(profile.asOf) +
      profile.vacancyTrend * yearsBefore +
      (vacancyWander[daysBefore] ?? 0);
    // Like today, a property always has a unit or two to show.
    const vacant = Math.max(1, Math.round(clamp(vacancyShare, 0, 0.2) * units));
    const noticeShare =
      today.notice / units +
      0.01 * (leasingSeason(day + 45) - leasingSeason(profile.asOf + 45)) +
      (noticeWander[daysBefore] ?? 0);
    const notice = Math.round(clamp(noticeShare, 0, 0.08) * units);
    const season = leasingSeason(day);
    // Units about to be free are leased ahead more often in the busy season; today's share is
    // that of today's units, so the last day's available-to-rent is theirs.
    const shareWander = random.normal(0, 0.05);
    const preleasedShare =
      daysBefore === 0
        ? todayPreLeasedShare
        : clamp(todayPreLeasedShare + 0.5 * (season - leasingSeason(profile.asOf)) + shareWander, 0.05, 0.75);
    const availableToRent = vacant + notice - Math.round((vacant + notice) * preleasedShare);
    const demand = season * (WEEKDAY_DEMAND[weekday(day)] ?? 1) * (1 - profile.demandTrend * yearsBefore);
    const leads = random.poisson(units * LEADS_PER_UNIT_DAY * demand);
    const tours = random.binomial(leads, 0.3);
    const applications = random.binomial(tours, 0.4);
    const renewalsOffered = random.poisson(((units * EXPIRING_PER_MONTH) / 30) * leasingSeason(day + 75));
    rows.push({
      propertyId: profile.property.id,
      metricDate: isoDay(day),
      occupancyPct: percent(units - vacant - offline, units),
      leasedPct: percent(units - availableToRent - offline, units),
      vacant,
      notice,
      availableToRent,
      leads,
      tours,
      applications,
      leasesSigned: random.binomial(applications, 0.75),
      renewalsOffered,
      renewalsSigned: random.binomial(renewalsOffered, 0.55),
      moveOuts: random.poisson(((units * TURNOVER) / 365) * season),
    });
  }
  return rows;
}

/**
 * A slowly wandering deviation, indexed by days before asOf and zero on asOf itself, so
 * the series ends exactly where the units are today.
 */
function wanderBack(random: Random, days: number, dailyStep: number): number[] {
  const values = [0];
  for (let daysBefore = 1; daysBefore < days; daysBefore += 1) {
    values.push(PERSISTENCE * (values[daysBefore - 1] ?? 0) + random.normal(0, dailyStep));
  }
  return values;
}

function percent(part: number, whole: number): number {
  return Math.round((10000 * part) / whole) / 100;
}
