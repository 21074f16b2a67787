/** One status and how many rows have it. */
export interface StatusCount<S extends string> {
  readonly status: S;
  readonly count: number;
}

/**
 * The count of every status (zero when no row has it), whatever the status filter, and the total
 * the filter leaves: what a list with status toggles needs, past its last page too.
 */
export function countsByStatus<S extends string>(
  statuses: readonly S[],
  counted: readonly StatusCount<S>[],
  filter: S | undefined,
): { countsByStatus: StatusCount<S>[]; total: number } {
  const countOf = new Map(counted.map(({ status, count }) => [status, count]));
  const counts = statuses.map((status) => ({ status, count: countOf.get(status) ?? 0 }));
  const total = filter ? (countOf.get(filter) ?? 0) : counts.reduce((sum, { count }) => sum + count, 0);
  return { countsByStatus: counts, total };
}
