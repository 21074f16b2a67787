import { UnitStatus } from '../data/portfolio-values';
import { Random } from './prng';

/** The occupied share stays within 93–96 % whatever the rounding on a small property. */
const MIN_OCCUPIED = 0.93;
const MAX_OCCUPIED = 0.96;

/**
 * The statuses of a property's units in random order: the occupied share asked for, a model
 * (two on large properties), a down unit or two, a few residents on notice, the rest vacant —
 * at least one, so there is always something to lease. Needs at least 4 % of the units spare,
 * which the 96 % ceiling leaves on any property of 80 units or more.
 */
export function planStatuses(random: Random, total: number, occupiedShare: number): UnitStatus[] {
  const occupied = Math.min(
    Math.floor(total * MAX_OCCUPIED),
    Math.max(Math.ceil(total * MIN_OCCUPIED), Math.round(total * occupiedShare)),
  );
  const spare = total - occupied;
  const model = total >= 250 ? 2 : 1;
  // Leave room for at least one notice and one vacant unit.
  const down = Math.min(random.int(0, total >= 150 ? 2 : 1), spare - model - 2);
  const notice = Math.min(Math.max(1, Math.round(total * random.between(0.012, 0.03))), spare - model - down - 1);
  const vacant = spare - model - down - notice;
  return random.shuffled([
    ...repeat('occupied', occupied),
    ...repeat('notice', notice),
    ...repeat('vacant', vacant),
    ...repeat('model', model),
    ...repeat('down', down),
  ]);
}

function repeat(status: UnitStatus, count: number): UnitStatus[] {
  return Array.from({ length: count }, () => status);
}
