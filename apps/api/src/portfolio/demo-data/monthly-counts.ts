import { MonthlyCountKind } from '../data/portfolio-values';
import { DailyMetricRow, MonthlyCountRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';

type Mix = readonly (readonly [string, number])[];

const MOVE_OUT_REASONS: Mix = [
  ['Relocation', 0.2],
  ['Home purchase', 0.16],
  ['Rent increase', 0.14],
  ['Job change', 0.12],
  ['Need more space', 0.1],
  ['Roommate change', 0.07],
  ['Maintenance concerns', 0.05],
  ['Eviction', 0.03],
  ['Other', 0.13],
];

const LEAD_SOURCES: Mix = [
  ['Apartments.com', 0.24],
  ['Zillow', 0.18],
  ['Google', 0.16],
  ['Property website', 0.14],
  ['Referral', 0.08],
  ['Facebook', 0.07],
  ['Drive-by', 0.06],
  ['Other', 0.07],
];

/**
 * Move-outs by reason and leads by source for the 24 months up to asOf's (month to date):
 * each month's total is the sum of the daily metrics, split by a mix that differs a little
 * from property to property. Labels nobody chose that month are left out.
 */
export function generateMonthlyCounts(profile: PropertyProfile, days: readonly DailyMetricRow[]): MonthlyCountRow[] {
  const random = profile.random('monthly-counts');
  const reasons = varied(random, MOVE_OUT_REASONS);
  const sources = varied(random, LEAD_SOURCES);
  const totals = new Map<string, { moveOuts: number; leads: number }>();
  for (const day of days) {
    const month = `${day.metricDate.slice(0, 7)}-01`;
    const total = totals.get(month) ?? { moveOuts: 0, leads: 0 };
    total.moveOuts += day.moveOuts;
    total.leads += day.leads;
    totals.set(month, total);
  }
  const months = [...totals.keys()].sort().slice(-24);
  return months.flatMap((month) => {
    const total = totals.get(month) ?? { moveOuts: 0, leads: 0 };
    return [
      ...split(random, profile.property.id, month, 'move_out_reason', reasons, total.moveOuts),
      ...split(random, profile.property.id, month, 'lead_source', sources, total.leads),
    ];
  });
}

function varied(random: Random, mix: Mix): Mix {
  return mix.map(([label, weight]) => [label, weight * random.between(0.7, 1.3)] as const);
}

function split(
  random: Random,
  propertyId: string,
  month: string,
  kind: MonthlyCountKind,
  mix: Mix,
  total: number,
): MonthlyCountRow[] {
  const counts = new Map<string, number>(mix.map(([label]) => [label, 0]));
  for (let event = 0; event < total; event += 1) {
    const label = random.weighted(mix);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([label, count]) => ({ propertyId, month, kind, label, count }));
}
