/**
 * How the views read a unit's state from the `units` row (alias `u`), so every tab counts the
 * same units as occupied, pre-leased or available. A unit holds only its current lease, so a
 * unit on notice has no record of the lease after it: every unit on notice counts as unrented.
 */

/** A resident lives there: occupied, or on notice but not yet moved out. */
export const LIVED_IN = `u.status IN ('occupied', 'notice')`;

/** Vacant with a signed lease that starts after `:today`. */
export const PRE_LEASED = `(u.status = 'vacant' AND u.lease_start > CAST(:today AS date))`;

/** Vacant without a future lease. */
export const VACANT_UNLEASED = `(u.status = 'vacant' AND (u.lease_start IS NULL OR u.lease_start <= CAST(:today AS date)))`;

/** Available to rent: vacant without a future lease, or on notice. */
export const AVAILABLE_TO_RENT = `(${VACANT_UNLEASED} OR u.status = 'notice')`;

/** `part` of `whole` as a percentage with one decimal; null when `whole` is zero. */
export function percentSql(part: string, whole: string): string {
  return `round((${part}) * 100.0 / nullif(${whole}, 0), 1)::float8`;
}
