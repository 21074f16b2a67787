/** The accepted `sort` values for some sort keys: each key ascending, or descending with a leading `-`. */
export function sortValues<K extends string>(keys: readonly K[]): (K | `-${K}`)[] {
  return keys.flatMap((key) => [key, `-${key}` as const]);
}

/**
 * An ORDER BY clause for a validated `sort` value. `columns` maps each key to its SQL
 * expression; the tie-breaker keeps pages stable when many rows share a value.
 */
export function orderBy<K extends string>(
  sort: K | `-${K}`,
  columns: Readonly<Record<K, string>>,
  tieBreaker: string,
): string {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as K;
  return `ORDER BY ${columns[key]} ${descending ? 'DESC' : 'ASC'} NULLS LAST, ${tieBreaker}`;
}
